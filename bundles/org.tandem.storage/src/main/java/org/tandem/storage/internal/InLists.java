package org.tandem.storage.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Reads by many keys in IN lists of one fixed size. Derby answers a long IN list by scanning the whole
 * table and testing each row against every value (a program's health spent 70% of its time so, for
 * 200 people among 2,000), while a short list probes the index; one size keeps one compiled statement
 * per query (a last, shorter chunk repeats its last key, which IN ignores), two with a single key.
 */
final class InLists {
    static final int SIZE = 16;
    private static final String MARKS = String.join(", ", Collections.nCopies(SIZE, "?"));

    private InLists() {
    }

    /** The parameter marks for {@code IN (…)} of a chunk. */
    static String marks(Object[] chunk) {
        return chunk.length == 1 ? "?" : MARKS;
    }

    /** The distinct keys in chunks of {@value #SIZE}, each a query's parameters; a single key alone (a lookup). */
    static List<Object[]> chunks(Collection<String> keys) {
        List<String> distinct = keys.stream().distinct().toList();
        if (distinct.size() == 1) {
            return List.<Object[]>of(new Object[] {distinct.get(0)});
        }
        List<Object[]> out = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += SIZE) {
            Object[] chunk = new Object[SIZE];
            for (int i = 0; i < SIZE; i++) {
                chunk[i] = distinct.get(Math.min(from + i, distinct.size() - 1));
            }
            out.add(chunk);
        }
        return out;
    }
}
