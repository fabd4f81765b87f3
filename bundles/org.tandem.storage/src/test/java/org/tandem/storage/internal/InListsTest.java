package org.tandem.storage.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListsTest {
    @Test
    void keysGoOnceIntoChunksOfOneSizeTheLastPaddedWithItsLastKey() {
        List<String> keys = new ArrayList<>(IntStream.range(0, 20).mapToObj(i -> "k" + i).toList());
        keys.add("k3"); // a repeat goes once
        List<Object[]> chunks = InLists.chunks(keys);
        assertEquals(2, chunks.size());
        assertEquals(InLists.SIZE, chunks.get(0).length);
        assertEquals("k0", chunks.get(0)[0]);
        Object[] last = new Object[InLists.SIZE];
        for (int i = 0; i < InLists.SIZE; i++) {
            last[i] = "k" + Math.min(16 + i, 19);
        }
        assertArrayEquals(last, chunks.get(1));
        assertEquals(List.of(), InLists.chunks(List.of()));
        List<Object[]> one = InLists.chunks(List.of("k", "k"));
        assertArrayEquals(new Object[] {"k"}, one.get(0), "a lookup by one key stays IN (?)");
        assertEquals("?", InLists.marks(one.get(0)));
        assertEquals(InLists.SIZE, InLists.marks(chunks.get(0)).split(", ").length);
    }
}
