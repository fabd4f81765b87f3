package org.tandem.rest.internal.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonDepthTest {
    private static boolean deep(String json, int max) {
        return JsonDepth.deeperThan(json.getBytes(StandardCharsets.UTF_8), max);
    }

    @Test
    void countsArraysAndObjectsAlike() {
        assertFalse(deep("{\"a\":[{\"b\":[1]}]}", 4));
        assertTrue(deep("{\"a\":[{\"b\":[[1]]}]}", 4));
    }

    @Test
    void aHundredThousandLevelsStopAtTheFirstTooDeep() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertTrue(deep(deep, JsonDepth.MAX));
    }

    @Test
    void bracketsInStringsAndEscapedQuotesDoNotCount() {
        assertFalse(deep("{\"note\":\"[[[[{{{{ \\\" [[[[\",\"ü\":\"[\"}", 1));
        assertTrue(deep("{\"note\":\"\\\\\",\"x\":[[1]]}", 2), "an escaped backslash ends before the quote");
    }

    @Test
    void siblingsDoNotAddUp() {
        assertFalse(deep("[[1],[2],[3],{\"a\":1}]", 2));
    }
}
