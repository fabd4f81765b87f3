package org.tandem.lti.internal.admin;

/** The addresses an administrator pastes into a platform's tool settings. */
public record ToolUrls(String loginUrl, String launchUrl, String redirectUrl, String jwksUrl, String deepLinkUrl,
        String canvasConfigUrl, String dynamicRegistrationUrl) {
    static ToolUrls of(String base) {
        return new ToolUrls(base + "/lti/login", base + "/lti/launch", base + "/lti/launch", base + "/lti/jwks",
                base + "/lti/launch", base + "/lti/config/canvas.json",
                "POST /api/admin/platforms/registration-links gives a one-time link");
    }
}
