package org.tandem.catalog.internal;

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
    void aRequiredCourseReadsRightInBothLanguages() {
        assertEquals("Dr Ben has not completed Entering Mentoring (with a verified completion), which the program"
                + " requires before Enabling.", Texts.TEXT.format(Locale.ENGLISH, "condition.training-missing", "name",
                "Dr Ben", "course", "Entering Mentoring", "verified", "true"));
        assertEquals("Dr Ben hat Entering Mentoring noch nicht abgeschlossen, was das Programm vor der Umsetzung"
                + " verlangt.", Texts.TEXT.format(Locale.GERMAN, "condition.training-missing", "name", "Dr Ben",
                "course", "Entering Mentoring", "verified", "false"));
        assertEquals("Ihre Selbsteinschätzung bewertet Listening mit 2,5 von 7: Dieser Kurs behandelt das.",
                Texts.TEXT.format(Locale.GERMAN, "suggest.self-assessment", "competency", "Listening", "rating", 2.5,
                        "scale", 7));
    }
}
