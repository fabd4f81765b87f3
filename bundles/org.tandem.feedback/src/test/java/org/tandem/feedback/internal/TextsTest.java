package org.tandem.feedback.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void everyEnglishSentenceHasItsGermanOneAndEveryPatternParses() {
        assertEquals(List.of(), Texts.TEXT.problems());
    }

    @Test
    void theMinimumGroupSizeReadsRightInBothLanguages() {
        assertEquals("fewer than 3 people answered: withheld so that no one's answer can be told",
                Texts.TEXT.format(Locale.ENGLISH, "withheld.too-few", "k", 3));
        assertEquals("weniger als 3 Personen haben geantwortet: verborgen, damit niemandes Antwort erkennbar ist",
                Texts.TEXT.format(Locale.GERMAN, "withheld.too-few", "k", 3));
        assertEquals("has no row 'x'", Texts.TEXT.format(Locale.ENGLISH, "answer.no-row", "row", "x"));
    }
}
