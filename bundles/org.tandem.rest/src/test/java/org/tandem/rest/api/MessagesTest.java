package org.tandem.rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages m = Messages.of(MessagesTest.class, "org/tandem/rest/api/test-messages");

    @Test
    void pluralsFollowTheLanguagesRules() {
        assertEquals("Keine Vorschläge", m.format(Locale.GERMAN, "all", "n", 0));
        assertEquals("Ihr Vorschlag", m.format(Locale.GERMAN, "all", "n", 1));
        assertEquals("Alle 3 Vorschläge", m.format(Locale.GERMAN, "all", "n", 3));
        assertEquals("All 1,200 suggestions", m.format(Locale.ENGLISH, "all", "n", 1200));
        assertEquals("Alle 1.200 Vorschläge", m.format(Locale.GERMAN, "all", "n", 1200));
    }

    @Test
    void aKeyGermanLacksFallsBackToEnglishAndTheCheckNamesIt() {
        assertEquals("Only in English", m.format(Locale.GERMAN, "english-only"));
        assertEquals("Only in English", m.format(Locale.forLanguageTag("fr"), "english-only"));
        assertEquals(List.of("org/tandem/rest/api/test-messages_de lacks english-only"), m.problems());
    }

    @Test
    void aBrokenPatternIsReported() {
        Messages broken = Messages.of(MessagesTest.class, "org/tandem/rest/api/broken-messages");
        assertTrue(broken.problems().stream().anyMatch(p -> p.contains("bad is not a valid pattern")), broken.problems()
                .toString());
    }

    @Test
    void theRequestsLanguageIsOneTandemSpeaks() {
        assertEquals(Locale.GERMAN, Languages.of(Locale.forLanguageTag("de-AT")));
        assertEquals(Locale.ENGLISH, Languages.of(Locale.forLanguageTag("fr-FR")));
        assertEquals(Locale.ENGLISH, Languages.of((Locale) null));
    }
}
