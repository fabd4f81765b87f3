package org.tandem.features.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void everyEnglishSentenceHasItsGermanOneAndEveryPatternParses() {
        assertEquals(List.of(), Texts.TEXT.problems());
        assertEquals("catalog needs workflow: switch catalog off first.", Texts.TEXT.format(Locale.ENGLISH,
                "feature.dependents", "n", 1, "dependents", "catalog", "all", "catalog", "name", "workflow"));
    }
}
