package org.tandem.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages messages = new Messages(MessagesTest.class.getClassLoader());

    @Test
    void theLaunchLocaleChoosesTheLanguageAndAnythingElseIsEnglish() {
        assertEquals("de", Messages.language("de-AT"));
        assertEquals("de", Messages.language("de_DE"));
        assertEquals("en", Messages.language("en-GB"));
        assertEquals("en", Messages.language("fr-FR"));
        assertEquals("en", Messages.language(null));
        assertEquals("en", Messages.language("not a locale!"));
    }

    @Test
    void onlyTheRunningFeaturesBringTheirStrings() {
        Map<String, String> core = messages.of("en", List.of("core"));
        assertEquals("Home", core.get("nav.home"));
        assertFalse(core.containsKey("phase.ENABLING"), "the workflow is not running");
        Map<String, String> both = messages.of("de", List.of("core", "workflow", "lti"));
        assertEquals("Startseite", both.get("nav.home"));
        assertEquals("Umsetzung", both.get("phase.ENABLING"));
    }

    @Test
    void aLanguageWithoutAStringFallsBackToEnglishKeyByKey() {
        Map<String, String> en = messages.of("en", List.of("core", "workflow", "feedback", "catalog", "matching"));
        Map<String, String> de = messages.of("de", List.of("core", "workflow", "feedback", "catalog", "matching"));
        assertEquals(en.keySet(), de.keySet());
        assertTrue(en.size() > 200, "every page's strings: " + en.size());
    }
}
