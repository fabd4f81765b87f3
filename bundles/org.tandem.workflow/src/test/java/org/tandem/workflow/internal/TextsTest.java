package org.tandem.workflow.internal;

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
    void countsAndPhasesReadRightInBothLanguages() {
        assertEquals("One goal of the development plan still needs an outcome (achieved, partly achieved, not"
                + " achieved or dropped)", Texts.TEXT.format(Locale.ENGLISH, "condition.goal-outcome-missing", "n", 1));
        assertEquals("3 Ziele des Entwicklungsplans brauchen noch ein Ergebnis (erreicht, teilweise erreicht, nicht"
                + " erreicht oder aufgegeben)", Texts.TEXT.format(Locale.GERMAN, "condition.goal-outcome-missing", "n", 3));
        assertEquals("A relationship in Closed cannot move to Enabling: it is closed", Texts.TEXT.format(Locale.ENGLISH,
                "condition.illegal-transition", "from", "CLOSED", "to", "ENABLING", "moves", 0, "allowed", ""));
        assertEquals("Seit 1 Tag kein Treffen; laut Vereinbarung alle 14 Tage", Texts.TEXT.format(Locale.GERMAN,
                "signal.meetings-below-cadence", "days", 1, "every", 14));
    }
}
