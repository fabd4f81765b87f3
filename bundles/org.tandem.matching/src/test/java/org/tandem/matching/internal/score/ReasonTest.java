package org.tandem.matching.internal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReasonTest {
    @Test
    void everyEnglishReasonHasItsGermanOneAndEveryPatternParses() {
        assertEquals(List.of(), Reason.messages().problems());
    }

    @Test
    void countsTakeTheRightPluralInBothLanguages() {
        Reason one = Reason.of("why.language", "n", 1, "items", "German");
        Reason two = Reason.of("why.language", "n", 2, "items", "German, English");
        assertEquals("one common language: German", one.in(Locale.ENGLISH));
        assertEquals("2 common languages: German, English", two.in(Locale.ENGLISH));
        assertEquals("eine gemeinsame Sprache: German", one.in(Locale.GERMAN));
        assertEquals("2 gemeinsame Sprachen: German, English", two.in(Locale.GERMAN));
        assertEquals("bietet kein Forschungs-Mentoring an", Reason.of("why.role.lacks", "role", "RESEARCH")
                .in(Locale.GERMAN));
        assertEquals("offers mentoring", Reason.of("why.role.offers", "role", "GENERAL").in(Locale.ENGLISH));
    }
}
