package org.tandem.lti.internal.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tandem.lti.internal.launch.Registration;
import org.tandem.lti.internal.store.LoginStore;
import org.tandem.lti.internal.store.LoginStore.Login;
import org.tandem.lti.internal.store.PlatformStore;

/**
 * OIDC third-party initiated login (step 1 → 2 of the security framework): checks what the platform
 * sent against the registry, records a fresh state and nonce, and builds the redirect to the
 * platform's authorisation endpoint.
 */
final class LoginFlow {
    private final PlatformStore platforms;
    private final LoginStore logins;
    private final String baseUrl;

    /** The login recorded and where the browser goes next. */
    record Started(Login login, Registration registration, String authRedirect) {
    }

    LoginFlow(PlatformStore platforms, LoginStore logins, String baseUrl) {
        this.platforms = platforms;
        this.logins = logins;
        this.baseUrl = baseUrl;
    }

    Started start(Map<String, String> p) {
        String issuer = required(p, "iss");
        String loginHint = required(p, "login_hint");
        String target = required(p, "target_link_uri");
        Registration r = registration(issuer, p.get("client_id"));
        String deployment = p.get("lti_deployment_id");
        if (deployment != null && !deployment.isEmpty() && !r.deploymentIds().contains(deployment)) {
            throw new LoginRefusedException("The deployment " + deployment + " of platform " + issuer
                    + " is not registered with Tandem: an administrator adds it to the platform's registration.");
        }
        if (!ownUrl(target)) {
            throw new LoginRefusedException("The login asks to open " + target + ", which is not this tool ("
                    + baseUrl + "). Check the target link URI in the platform's tool settings.");
        }
        String storageTarget = p.get("lti_storage_target");
        Login login = logins.begin(r.id(), emptyToNull(deployment), relaunchQuery(p), validFrame(storageTarget));
        return new Started(login, r, authRedirect(r, loginHint, p.get("lti_message_hint"), login));
    }

    private Registration registration(String issuer, String clientId) {
        List<Registration> candidates = platforms.byIssuer(issuer);
        if (candidates.isEmpty()) {
            throw new LoginRefusedException("The platform " + issuer + " is not registered with Tandem. An administrator"
                    + " registers it first (see the README: Register in Moodle, Canvas or another platform).");
        }
        if (clientId != null && !clientId.isEmpty()) {
            return candidates.stream().filter(r -> r.clientId().equals(clientId)).findFirst().orElseThrow(() ->
                    new LoginRefusedException("The platform " + issuer + " is registered, but not with the client id "
                            + clientId + "."));
        }
        if (candidates.size() > 1) {
            throw new LoginRefusedException("Several registrations share the platform " + issuer + ": its login must"
                    + " name the client_id.");
        }
        return candidates.get(0);
    }

    private String authRedirect(Registration r, String loginHint, String messageHint, Login login) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("scope", "openid");
        q.put("response_type", "id_token");
        q.put("response_mode", "form_post");
        q.put("prompt", "none");
        q.put("client_id", r.clientId());
        q.put("redirect_uri", baseUrl + "/lti/launch");
        q.put("login_hint", loginHint);
        if (messageHint != null) {
            q.put("lti_message_hint", messageHint);
        }
        q.put("state", login.state());
        q.put("nonce", login.nonce());
        return r.authLoginUrl() + (r.authLoginUrl().contains("?") ? "&" : "?") + query(q);
    }

    /** The target must be this tool, by scheme, host, port and path prefix: never an open redirect. */
    boolean ownUrl(String target) {
        try {
            URI t = new URI(target).normalize();
            URI base = new URI(baseUrl);
            String path = t.getPath() == null ? "" : t.getPath();
            return base.getScheme().equalsIgnoreCase(t.getScheme()) && base.getHost().equalsIgnoreCase(t.getHost())
                    && base.getPort() == t.getPort() && !path.contains("..")
                    && (path + "/").startsWith(base.getPath().isEmpty() ? "/" : base.getPath() + "/");
        } catch (Exception e) {
            return false;
        }
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The login's own parameters, so that it can be started again in a window of its own. */
    private static String relaunchQuery(Map<String, String> p) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String k : List.of("iss", "login_hint", "target_link_uri", "lti_message_hint", "client_id",
                "lti_deployment_id")) {
            if (p.get(k) != null) {
                q.put(k, p.get(k));
            }
        }
        String s = query(q);
        return s.length() > 4000 ? "" : s; // too long to store: the error page then says to reopen from the course
    }

    private static String validFrame(String target) {
        return target != null && target.matches("[A-Za-z0-9_\\-]{1,100}") ? target : null;
    }

    private static String required(Map<String, String> p, String name) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            throw new LoginRefusedException("The platform's login request lacks " + name + ".");
        }
        return v;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
