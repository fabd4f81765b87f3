package org.tandem.rest.internal.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MissingTest {
    private final Missing missing = new Missing(5_000);

    @Test
    void aResourceIsHealedOnlyAfterItStayedMissingAndThenOncePerPeriod() {
        assertEquals(List.of(), missing.due(Set.of(7L), 0));
        assertEquals(List.of(), missing.due(Set.of(7L), 4_999));
        assertEquals(List.of(7L), missing.due(Set.of(7L), 5_000));
        assertEquals(List.of(), missing.due(Set.of(7L), 9_999), "not again before another period");
        assertEquals(List.of(7L), missing.due(Set.of(7L), 10_000));
    }

    @Test
    void aResourceThatTurnsUpIsForgotten() {
        missing.due(Set.of(7L), 0);
        assertEquals(List.of(), missing.due(Set.of(), 3_000), "served now");
        assertEquals(List.of(), missing.due(Set.of(7L), 6_000), "missing again: its wait starts anew");
        assertEquals(List.of(7L), missing.due(Set.of(7L), 11_000));
    }
}
