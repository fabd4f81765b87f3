package org.tandem.lti.internal.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** The LTI claims of a verified token: each required one present, of the right type (R8–R16). */
final class LaunchClaims {
    private LaunchClaims() {
    }

    static Launch read(JWTClaimsSet c, Registration registration, String toolBaseUrl) {
        if (!LtiClaims.LTI_VERSION.equals(LaunchValidator.text(c, LtiClaims.VERSION))) {
            throw new LaunchRejectedException(Rejection.WRONG_VERSION, "version " + c.getClaim(LtiClaims.VERSION));
        }
        String type = LaunchValidator.text(c, LtiClaims.MESSAGE_TYPE);
        boolean link = LtiClaims.RESOURCE_LINK_REQUEST.equals(type);
        if (!link && !LtiClaims.DEEP_LINKING_REQUEST.equals(type)) {
            throw new LaunchRejectedException(Rejection.BAD_MESSAGE_TYPE, "message_type " + type);
        }
        String deployment = deployment(c, registration);
        List<String> roles = roles(c);
        String subject = LaunchValidator.text(c, "sub");
        if (subject == null || subject.isBlank()) {
            throw new LaunchRejectedException(Rejection.NO_SUBJECT, null);
        }
        Map<String, Object> context = object(c, LtiClaims.CONTEXT);
        Map<String, Object> custom = object(c, LtiClaims.CUSTOM);
        Map<String, Object> presentation = object(c, LtiClaims.LAUNCH_PRESENTATION);
        String resourceLink = link ? resourceLink(c) : null;
        String returnUrl = link ? null : deepLinkReturn(c);
        target(c, toolBaseUrl);
        return new Launch(registration, deployment, type, subject, LaunchValidator.text(c, "name"),
                LaunchValidator.text(c, "email"), presentation == null ? null : (String) presentation.get("locale"),
                roles, context == null ? null : string(context, "id"), context == null ? null : string(context, "title"),
                resourceLink, returnUrl, custom == null ? Map.of() : custom);
    }

    private static String deployment(JWTClaimsSet c, Registration registration) {
        String deployment = LaunchValidator.text(c, LtiClaims.DEPLOYMENT_ID);
        if (deployment == null || deployment.isBlank()) {
            throw new LaunchRejectedException(Rejection.NO_DEPLOYMENT, null);
        }
        if (deployment.length() > 255 || !registration.deploymentIds().contains(deployment)) {
            throw new LaunchRejectedException(Rejection.UNKNOWN_DEPLOYMENT, "deployment_id "
                    + (deployment.length() > 255 ? "longer than 255 characters" : deployment));
        }
        return deployment;
    }

    private static List<String> roles(JWTClaimsSet c) {
        Object roles = c.getClaim(LtiClaims.ROLES);
        if (roles == null) {
            throw new LaunchRejectedException(Rejection.NO_ROLES, null);
        }
        if (!(roles instanceof List<?> list) || list.stream().anyMatch(r -> !(r instanceof String))) {
            throw new LaunchRejectedException(Rejection.BAD_CLAIM, "roles must be an array of strings");
        }
        return Roles.normalise(list);
    }

    private static String resourceLink(JWTClaimsSet c) {
        Map<String, Object> link = object(c, LtiClaims.RESOURCE_LINK);
        String id = link == null ? null : string(link, "id");
        if (id == null || id.isBlank()) {
            throw new LaunchRejectedException(Rejection.NO_RESOURCE_LINK, null);
        }
        return id;
    }

    private static String deepLinkReturn(JWTClaimsSet c) {
        Map<String, Object> settings = object(c, LtiClaims.DEEP_LINKING_SETTINGS);
        String url = settings == null ? null : string(settings, "deep_link_return_url");
        if (url == null || url.isBlank()) {
            throw new LaunchRejectedException(Rejection.NO_DEEP_LINK_RETURN, null);
        }
        return url;
    }

    /** The target must be this tool: same scheme, host and port, under its base path (no open redirect). */
    private static void target(JWTClaimsSet c, String toolBaseUrl) {
        String target = LaunchValidator.text(c, LtiClaims.TARGET_LINK_URI);
        try {
            URI uri = target == null ? null : URI.create(target).normalize();
            if (uri == null || !(uri.toString() + "/").startsWith(toolBaseUrl) && !uri.toString().startsWith(toolBaseUrl)) {
                throw new LaunchRejectedException(Rejection.BAD_TARGET_LINK, "target_link_uri " + target);
            }
        } catch (IllegalArgumentException e) {
            throw new LaunchRejectedException(Rejection.BAD_TARGET_LINK, "target_link_uri " + target);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JWTClaimsSet c, String name) {
        Object v = c.getClaim(name);
        if (v != null && !(v instanceof Map)) {
            throw new LaunchRejectedException(Rejection.BAD_CLAIM, name + " must be an object");
        }
        return (Map<String, Object>) v;
    }

    private static String string(Map<String, Object> object, String key) {
        Object v = object.get(key);
        if (v != null && !(v instanceof String)) {
            throw new LaunchRejectedException(Rejection.BAD_CLAIM, key + " must be a string");
        }
        return (String) v;
    }
}
