package org.tandem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void isAVersion7UuidCarryingItsMillisecond() {
        long at = 1_796_688_000_123L; // a millisecond of December 2026
        UUID id = Ids.timeOrdered(at);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(at, id.getMostSignificantBits() >>> 16);
    }

    @Test
    void sortsAsTextInTheOrderOfTime() {
        String earlier = Ids.timeOrdered(1_000_000_000_000L).toString();
        String later = Ids.timeOrdered(1_000_000_000_001L).toString();
        String muchLater = Ids.timeOrdered(1_900_000_000_000L).toString();
        assertTrue(earlier.compareTo(later) < 0, earlier + " < " + later);
        assertTrue(later.compareTo(muchLater) < 0, later + " < " + muchLater);
        assertEquals(36, Ids.timeOrdered().length());
    }

    @Test
    void differsWithinTheSameMillisecond() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Ids.timeOrdered(1_000_000_000_000L).toString());
        }
        assertEquals(10_000, seen.size());
        assertNotEquals(Ids.timeOrdered(), Ids.timeOrdered());
    }
}
