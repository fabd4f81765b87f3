package org.tandem.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DispatcherTest {
    @Test
    void sharesAreInOrderNearlyEqualAndLoseNothing() {
        List<Integer> mail = IntStream.range(0, 7).boxed().toList();
        assertEquals(List.of(List.of(0, 1, 2, 3), List.of(4, 5, 6)), Dispatcher.shares(mail, 2));
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4), List.of(5, 6)), Dispatcher.shares(mail, 3));
        assertEquals(List.of(mail), Dispatcher.shares(mail, 1));
    }

    @Test
    void moreConnectionsThanMailLeaveNoEmptyShare() {
        assertEquals(List.of(List.of(1), List.of(2)), Dispatcher.shares(List.of(1, 2), 4));
        assertEquals(List.of(), Dispatcher.shares(List.of(), 2));
    }
}
