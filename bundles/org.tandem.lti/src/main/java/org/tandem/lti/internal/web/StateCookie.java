package org.tandem.lti.internal.web;

import java.net.URI;
import java.util.Locale;

/**
 * The cookie that binds a login's state to the browser that started it. Named after the state, so
 * that two launches in two tabs do not overwrite each other. Its attributes follow the tool's base URL:
 * on a secure origin (https, or a loopback host, which browsers treat as secure) it is
 * {@code SameSite=None; Secure}, so that the platform's cross-site form post carries it; on plain http
 * elsewhere a browser drops a {@code Secure} cookie, so it is {@code SameSite=Lax} and the launch
 * re-posts itself from the tool's own page (see {@link LaunchHandler}) to get it back.
 */
final class StateCookie {
    private static final String PREFIX = "lti_state_";
    private final String attributes;

    StateCookie(String baseUrl) {
        attributes = "; Path=/lti; HttpOnly; " + (secureOrigin(baseUrl) ? "Secure; SameSite=None" : "SameSite=Lax");
    }

    String set(String state) {
        return PREFIX + state + "=" + state + "; Max-Age=600" + attributes;
    }

    String clear(String state) {
        return PREFIX + state + "=; Max-Age=0" + attributes;
    }

    /** Whether a browser treats this origin as secure (W3C Secure Contexts: "potentially trustworthy"). */
    static boolean secureOrigin(String baseUrl) {
        URI u = URI.create(baseUrl);
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        return "https".equalsIgnoreCase(u.getScheme()) || host.equals("localhost") || host.endsWith(".localhost")
                || host.startsWith("127.") || host.equals("[::1]");
    }
}
