package org.tandem.lti.internal.web;


/**
 * The cookie that binds a login's state to the browser that started it. Named after the state, so
 * that two launches in two tabs do not overwrite each other. {@code SameSite=None; Secure} because the
 * launch is a cross-site form POST from the platform (browsers treat localhost as secure).
 */
final class StateCookie {
    private static final String PREFIX = "lti_state_";

    private StateCookie() {
    }

    static String set(String state) {
        return PREFIX + state + "=" + state + "; Path=/lti; Max-Age=600; HttpOnly; Secure; SameSite=None";
    }

    static String clear(String state) {
        return PREFIX + state + "=; Path=/lti; Max-Age=0; HttpOnly; Secure; SameSite=None";
    }

}
