package org.tandem.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.tandem.matching.internal.score.Rules;
import org.tandem.matching.internal.score.Scorer;
import org.tandem.matching.internal.score.Traits;
import org.tandem.matching.internal.solve.Exact;
import org.tandem.matching.internal.solve.Problem;
import org.tandem.model.MentorRole;

/**
 * The sparse candidate graph: each mentee's slots (one per kind of mentoring they seek), and for each
 * slot its best {@code k} allowed mentors by score. Every allowed pair is scored once (in parallel) to
 * find them; the best score left out is kept per slot, which lets {@link Exact} prove or restore
 * optimality over all pairs.
 */
public final class Candidates implements Exact.Pairs {
    private final Scorer scorer;
    private final List<Traits> mentees;
    private final List<Traits> mentors;
    private final Rules rules;
    private final int[] slotMentee;
    private final MentorRole[] slotRole;
    private final int[][] top;
    private final int[][] topScores;
    private final int[] bestOutside;
    private final int[] capacity;

    public Candidates(Scorer scorer, List<Traits> mentees, List<Traits> mentors, int[] capacity, Rules rules, int k) {
        this.scorer = scorer;
        this.mentees = mentees;
        this.mentors = mentors;
        this.rules = rules;
        this.capacity = capacity;
        List<int[]> slots = new ArrayList<>();
        List<MentorRole> roles = new ArrayList<>();
        for (int i = 0; i < mentees.size(); i++) {
            List<MentorRole> needed = mentees.get(i).rolesNeeded();
            for (MentorRole r : needed.isEmpty() ? List.of(MentorRole.GENERAL) : needed) {
                slots.add(new int[] {i});
                roles.add(r);
            }
        }
        slotMentee = slots.stream().mapToInt(s -> s[0]).toArray();
        slotRole = roles.toArray(MentorRole[]::new);
        top = new int[slotMentee.length][];
        topScores = new int[slotMentee.length][];
        bestOutside = new int[slotMentee.length];
        IntStream.range(0, slotMentee.length).parallel().forEach(s -> select(s, k));
    }

    public Problem problem() {
        return new Problem(slotMentee, capacity, top, topScores);
    }

    public int menteeOf(int slot) {
        return slotMentee[slot];
    }

    public MentorRole roleOf(int slot) {
        return slotRole[slot];
    }

    @Override
    public int bestOutside(int slot) {
        return bestOutside[slot];
    }

    @Override
    public void forEach(int slot, Exact.PairConsumer each) {
        Traits mentee = mentees.get(slotMentee[slot]);
        for (int j = 0; j < mentors.size(); j++) {
            Traits mentor = mentors.get(j);
            if (capacity[j] > 0 && rules.allowed(mentee, slotRole[slot], mentor)) {
                each.accept(j, scorer.score(mentee, slotRole[slot], mentor));
            }
        }
    }

    /** The k best allowed mentors of a slot, best first, by a min-heap of packed (score, mentor). */
    private void select(int slot, int k) {
        long[] heap = new long[k];
        int[] size = {0};
        int[] out = {-1};
        forEach(slot, (mentor, score) -> {
            long packed = ((long) score << 32) | (0xFFFFFFFFL - mentor); // ties: the lower index first
            if (size[0] < k) {
                heap[size[0]] = packed;
                siftUp(heap, size[0]++);
            } else if (packed > heap[0]) {
                out[0] = Math.max(out[0], (int) (heap[0] >>> 32));
                heap[0] = packed;
                siftDown(heap, k);
            } else {
                out[0] = Math.max(out[0], score);
            }
        });
        long[] kept = java.util.Arrays.copyOf(heap, size[0]);
        java.util.Arrays.sort(kept);
        top[slot] = new int[kept.length];
        topScores[slot] = new int[kept.length];
        for (int i = 0; i < kept.length; i++) {
            long x = kept[kept.length - 1 - i];
            topScores[slot][i] = (int) (x >>> 32);
            top[slot][i] = (int) (0xFFFFFFFFL - (x & 0xFFFFFFFFL));
        }
        bestOutside[slot] = out[0];
    }

    private static void siftUp(long[] h, int i) {
        while (i > 0 && h[(i - 1) / 2] > h[i]) {
            long t = h[i];
            h[i] = h[(i - 1) / 2];
            h[(i - 1) / 2] = t;
            i = (i - 1) / 2;
        }
    }

    private static void siftDown(long[] h, int n) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int min = i;
            if (l < n && h[l] < h[min]) {
                min = l;
            }
            if (r < n && h[r] < h[min]) {
                min = r;
            }
            if (min == i) {
                return;
            }
            long t = h[i];
            h[i] = h[min];
            h[min] = t;
            i = min;
        }
    }
}
