package org.tandem.matching.internal.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of one program's profiles (research areas, values, time slots, languages), each given a
 * bit, so that comparing two people's sets is a few word-wide ANDs and bit counts.
 */
public final class Vocabulary {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    public long[] bits(Collection<String> items) {
        List<Integer> positions = new ArrayList<>();
        for (String item : items) {
            if (item != null && !item.isBlank()) {
                positions.add(index.computeIfAbsent(normal(item), w -> {
                    words.add(w);
                    return words.size() - 1;
                }));
            }
        }
        long[] out = new long[(words.size() + 63) / 64];
        for (int p : positions) {
            out[p >>> 6] |= 1L << (p & 63);
        }
        return out;
    }

    /** The words of the bits set in both. */
    public List<String> common(long[] a, long[] b) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            long both = a[i] & b[i];
            while (both != 0) {
                out.add(words.get(i * 64 + Long.numberOfTrailingZeros(both)));
                both &= both - 1;
            }
        }
        return out;
    }

    static String normal(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static int count(long[] a) {
        int n = 0;
        for (long w : a) {
            n += Long.bitCount(w);
        }
        return n;
    }

    static int shared(long[] a, long[] b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            n += Long.bitCount(a[i] & b[i]);
        }
        return n;
    }

    /** |A ∩ B| / |A ∪ B|, for sets not both empty. */
    static double jaccard(long[] a, long[] b) {
        int both = shared(a, b);
        return (double) both / (count(a) + count(b) - both);
    }
}
