package org.tandem.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void everySentenceExistsInBothLanguagesAndParses() {
        assertEquals(List.of(), Texts.TEXT.problems());
        for (Category c : Category.values()) {
            assertFalse(Texts.TEXT.format(Locale.GERMAN, "category." + c.name()).isBlank());
        }
    }

    @Test
    void pluralsFollowTheLanguage() {
        Map<String, Object> one = Map.of("organizer", "A", "title", "T", "when", 0L, "minutes", 1L);
        assertTrue(Words.body(Locale.ENGLISH, "meeting.planned", one).contains("(1 minute)"));
        assertTrue(Words.body(Locale.GERMAN, "meeting.planned", Map.of("organizer", "A", "title", "T", "when", 0L,
                "minutes", 45L)).contains("(45 Minuten)"));
        assertEquals("3 updates from Tandem", Texts.TEXT.format(Locale.ENGLISH, "digest.subject", "count", 3));
        assertEquals("1 Neuigkeit aus Tandem", Texts.TEXT.format(Locale.GERMAN, "digest.subject", "count", 1));
    }

    @Test
    void aPhaseChangeSaysWhatComesNextInTheReadersLanguage() {
        String de = Words.body(Locale.GERMAN, "phase", Map.of("phase", "ENABLING", "from", "NEGOTIATING", "title", "T"));
        assertTrue(de.contains("von Vereinbarung nach Begleitung"), de);
        assertTrue(de.contains("regelmäßig treffen"), de);
    }
}
