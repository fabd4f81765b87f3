package org.tandem.lti.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandem.lti.internal.launch.Rejection;
import org.tandem.rest.api.Languages;

class TextsTest {
    @Test
    void everyEnglishSentenceHasItsGermanOneAndEveryPatternParses() {
        assertEquals(List.of(), Texts.TEXT.problems());
    }

    @Test
    void aRefusedLaunchIsExplainedInTheReadersLanguageAndLoggedInEnglish() {
        for (Rejection r : Rejection.values()) {
            assertEquals(r.logMessage().replace("''", "'"), r.message(), "English page text of " + r);
        }
        try (Languages.Scope german = Languages.reading(List.of(Locale.GERMAN))) {
            assertEquals("Dieser Start wurde schon einmal verwendet; öffnen Sie Tandem erneut aus Ihrem Kurs (R6).",
                    Rejection.NONCE_REPLAYED.message());
            assertTrue(Rejection.NONCE_REPLAYED.logMessage().startsWith("This launch was already used"));
        }
    }
}
