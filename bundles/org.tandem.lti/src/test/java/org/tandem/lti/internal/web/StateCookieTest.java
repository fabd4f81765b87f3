package org.tandem.lti.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The state cookie's attributes follow the base URL's scheme (issue 19.1). */
class StateCookieTest {
    @ParameterizedTest
    @CsvSource({"https://tandem.uni.edu, Secure; SameSite=None", "http://127.0.0.1:8080, Secure; SameSite=None",
        "http://localhost:8080, Secure; SameSite=None", "http://[::1]:8080, Secure; SameSite=None",
        "http://tandem.intranet.uni.edu, SameSite=Lax", "http://10.1.2.3:8080, SameSite=Lax",
        "http://localhost.evil.example, SameSite=Lax"})
    void attributesFollowTheScheme(String base, String attributes) {
        StateCookie cookie = new StateCookie(base);
        assertEquals("lti_state_s1=s1; Max-Age=600; Path=/lti; HttpOnly; " + attributes, cookie.set("s1"));
        assertEquals("lti_state_s1=; Max-Age=0; Path=/lti; HttpOnly; " + attributes, cookie.clear("s1"));
    }
}
