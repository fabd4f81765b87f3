package org.tandem.lti.internal.web;

import static org.tandem.lti.internal.Texts.TEXT;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.lti.internal.LtiSettings;
import org.tandem.lti.internal.store.LoginStore;
import org.tandem.lti.internal.store.PlatformStore;

/**
 * {@code GET|POST /lti/login}: OIDC third-party initiated login. Sets the state cookie (for browsers
 * that keep it in the frame) and, when the platform offers Platform Storage, also stores state and
 * nonce there through the LTI postMessage API before going on to the platform.
 */
final class LoginHandler {
    private static final Logger LOG = LoggerFactory.getLogger(LoginHandler.class);
    private final PlatformStore platforms;
    private final LoginStore logins;
    private final LtiSettings settings;

    LoginHandler(PlatformStore platforms, LoginStore logins, LtiSettings settings) {
        this.platforms = platforms;
        this.logins = logins;
        this.settings = settings;
    }

    Reply start(Map<String, String> params) {
        LoginFlow.Started started;
        try {
            started = new LoginFlow(platforms, logins, settings.baseUrl()).start(params);
        } catch (LoginRefusedException e) {
            LOG.warn("LTI login refused: {} (iss={}, client_id={}, lti_deployment_id={})", e.getMessage(),
                    params.get("iss"), params.get("client_id"), params.get("lti_deployment_id"));
            return Pages.respond(400, TEXT.format("login.cannot-start"), "<h1>" + Pages.esc(TEXT.format(
                    "login.cannot-start.title")) + "</h1><p>" + Pages.esc(e.getMessage()) + "</p><p class=\"muted\">"
                    + Pages.esc(TEXT.format("login.show-admin")) + "</p>");
        }
        String cookie = new StateCookie(settings.baseUrl()).set(started.login().state());
        if (started.login().storageTarget() == null) {
            return Reply.redirect(started.authRedirect()).with("Set-Cookie", cookie);
        }
        return Pages.respond(200, TEXT.format("page.opening"), PlatformStoragePages.store(started)).with("Set-Cookie", cookie);
    }
}
