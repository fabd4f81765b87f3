package org.tandem.matching.internal.solve;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The baseline every commercial platform uses: take the best remaining pair while capacity lasts. Kept
 * to measure what the optimal assignment gains over it.
 */
public final class Greedy {
    private Greedy() {
    }

    public static Assignment solve(Problem p) {
        int arcs = p.arcs();
        long[] order = new long[arcs];
        int k = 0;
        for (int s = 0; s < p.slots(); s++) {
            for (int i = 0; i < p.candidates()[s].length; i++) {
                // score in the high bits (descending after negation), then slot and index
                order[k++] = ((long) (10_000 - p.scores()[s][i]) << 40) | ((long) s << 12) | i;
            }
        }
        Arrays.sort(order);
        int[] mentorOf = new int[p.slots()];
        Arrays.fill(mentorOf, -1);
        int[] load = new int[p.mentors()];
        Set<Long> pairs = new HashSet<>();
        for (long code : order) {
            int s = (int) ((code >>> 12) & 0xFFFFFFF);
            int m = p.candidates()[s][(int) (code & 0xFFF)];
            if (mentorOf[s] < 0 && load[m] < p.capacity()[m] && pairs.add(((long) p.slotMentee()[s] << 32) | m)) {
                mentorOf[s] = m;
                load[m]++;
            }
        }
        return Assignment.of(p, mentorOf);
    }
}
