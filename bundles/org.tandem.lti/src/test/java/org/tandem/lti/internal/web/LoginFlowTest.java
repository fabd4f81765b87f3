package org.tandem.lti.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The login's target check (no open redirect) and the escaping of the flow's pages. */
class LoginFlowTest {
    private final LoginFlow flow = new LoginFlow(null, null, "https://tandem.uni.edu/mentoring");

    @ParameterizedTest
    @ValueSource(strings = {"https://tandem.uni.edu/mentoring/lti/launch", "https://tandem.uni.edu/mentoring",
        "https://TANDEM.uni.edu/mentoring/app?x=1"})
    void targetsUnderTheToolAreItsOwn(String target) {
        assertTrue(flow.ownUrl(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/mentoring/lti/launch", "http://tandem.uni.edu/mentoring/lti/launch",
        "https://tandem.uni.edu:8443/mentoring/lti/launch", "https://tandem.uni.edu/mentoring-evil/x",
        "https://tandem.uni.edu/mentoring/../admin", "https://tandem.uni.edu.evil.example/mentoring",
        "//evil.example/mentoring", "javascript:alert(1)", "not a url"})
    void otherTargetsAreNot(String target) {
        assertFalse(flow.ownUrl(target));
    }

    @Test
    void pagesEscapeWhatTheyShow() {
        assertEquals("&lt;script&gt;&amp;&quot;&#39;", Pages.esc("<script>&\"'"));
        assertEquals("\"\\u003c/script\\u003e\\u0026\\u0027\"", Pages.js("</script>&'"));
    }

    @Test
    void queriesAreEncoded() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("lti_message_hint", "{\"cmid\":1}");
        q.put("login_hint", "a b&c");
        assertEquals("lti_message_hint=%7B%22cmid%22%3A1%7D&login_hint=a+b%26c", LoginFlow.query(q));
    }
}
