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
 * find them; the next ones and the best score beyond those are kept per slot, which lets
 * {@link Exact} prove or restore optimality over all pairs without scoring them again.
 */
public final class Candidates implements Exact.Pairs {
    /** Beyond each slot's k candidates, the next (RESERVE − 1)·k are kept for the optimality check. */
    static final int RESERVE = 8;
    private final Scorer scorer;
    private final List<Traits> mentees;
    private final List<Traits> mentors;
    private final Rules rules;
    private final int[] slotMentee;
    private final MentorRole[] slotRole;
    private final int[][] top;
    private final int[][] topScores;
    private final int[] bestOutside;
    private final int[][] reserve;
    private final int[][] reserveScores;
    private final int k;
    private final org.tandem.matching.internal.score.Scan scan;
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
        reserve = new int[slotMentee.length][];
        reserveScores = new int[slotMentee.length][];
        this.k = k;
        List<Traits> everyone = new ArrayList<>(mentees);
        everyone.addAll(mentors);
        scan = new org.tandem.matching.internal.score.Scan(scorer, rules, mentors,
                org.tandem.matching.internal.score.Scan.words(everyone));
        IntStream.range(0, slotMentee.length).parallel().forEach(s -> select(s, RESERVE * k));
    }

    /** The graph: each slot's best k. */
    public Problem problem() {
        int[][] c = new int[top.length][];
        int[][] sc = new int[top.length][];
        for (int s = 0; s < top.length; s++) {
            int n = Math.min(k, top[s].length);
            c[s] = java.util.Arrays.copyOf(top[s], n);
            sc[s] = java.util.Arrays.copyOf(topScores[s], n);
        }
        return new Problem(slotMentee, capacity, c, sc);
    }

    @Override
    public int[] reserve(int slot) {
        return java.util.Arrays.copyOfRange(top[slot], Math.min(k, top[slot].length), top[slot].length);
    }

    @Override
    public int[] reserveScores(int slot) {
        return java.util.Arrays.copyOfRange(topScores[slot], Math.min(k, top[slot].length), top[slot].length);
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
    public int score(int slot, int mentor) {
        Traits mentee = mentees.get(slotMentee[slot]);
        Traits m = mentors.get(mentor);
        return capacity[mentor] > 0 && rules.allowed(mentee, slotRole[slot], m)
                ? scorer.score(mentee, slotRole[slot], m) : -1;
    }

    @Override
    public void scoreRow(int slot, int[] out) {
        scan.scores(mentees.get(slotMentee[slot]), slotRole[slot], capacity, out);
    }

    /** The k best allowed mentors of a slot, best first, by a min-heap of packed (score, mentor). */
    private void select(int slot, int keep) {
        long[] heap = new long[keep];
        int[] size = {0};
        int[] out = {-1};
        int[] scores = new int[mentors.size()];
        scan.scores(mentees.get(slotMentee[slot]), slotRole[slot], capacity, scores);
        for (int mentor = 0; mentor < scores.length; mentor++) {
            int score = scores[mentor];
            if (score < 0) {
                continue;
            }
            long packed = ((long) score << 32) | (0xFFFFFFFFL - mentor); // ties: the lower index first
            if (size[0] < keep) {
                heap[size[0]] = packed;
                siftUp(heap, size[0]++);
            } else if (packed > heap[0]) {
                out[0] = Math.max(out[0], (int) (heap[0] >>> 32));
                heap[0] = packed;
                siftDown(heap, keep);
            } else {
                out[0] = Math.max(out[0], score);
            }
        }
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
