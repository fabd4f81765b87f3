package org.tandem.matching.internal.solve;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The optimum over every allowed pair, not only the candidate graph: solve on each slot's best
 * candidates, derive node potentials from the residual network (Bellman–Ford from a virtual root),
 * and check every pair left out. A left-out pair can improve the total only if its score exceeds
 * {@code d(slot) − d(mentor)}; if none does, the linear-programming dual proves the assignment optimal for
 * the whole program. Otherwise those pairs join the graph and it is solved again (column generation).
 * Scores already computed are reused (each slot's reserve, and a bound on the rest), so few pairs are
 * scored again. Only for the default objective (maximum total score).
 */
public final class Exact {
    private Exact() {
    }

    /** Where the pairs left out of the candidate graph come from. */
    public interface Pairs {
        /** Allowed mentors of the slot that are not among its candidates, best first: the next ones only. */
        int[] reserve(int slot);

        /** The scores of {@link #reserve}. */
        int[] reserveScores(int slot);

        /** The best score of an allowed mentor neither a candidate nor in the reserve; -1 if there is none. */
        int bestOutside(int slot);

        /** The pair's score, or -1 if a rule forbids it. */
        int score(int slot, int mentor);

        /** Every mentor's score for the slot into {@code out} (-1 where forbidden): one pass, for long scans. */
        default void scoreRow(int slot, int[] out) {
            for (int m = 0; m < out.length; m++) {
                out[m] = score(slot, m);
            }
        }
    }

    /** @param certified whether no left-out pair can improve the total: the assignment is optimal overall */
    public record Result(Assignment assignment, Problem problem, boolean certified, int rounds, int added) {
    }

    public static Result solve(Problem start, Pairs pairs, int maxRounds) {
        Problem p = start;
        int added = 0;
        int[] bestOutside = new int[p.slots()];
        for (int s = 0; s < p.slots(); s++) {
            bestOutside[s] = pairs.bestOutside(s);
        }
        for (int round = 1; ; round++) {
            FlowSolver.Solved solved = FlowSolver.solve(p, false);
            long[] d = potentials(solved.network());
            int[][] extra = improving(p, solved.network(), d, pairs, bestOutside);
            int n = Arrays.stream(extra).mapToInt(e -> e.length / 2).sum();
            if (n == 0 || round == maxRounds) {
                return new Result(solved.assignment(), p, n == 0, round, added);
            }
            p = extend(p, extra);
            added += n;
        }
    }

    /** Shortest distances in the residual network from a root joined to every node by a 0-cost arc. */
    static long[] potentials(FlowSolver.Network net) {
        int arcs = net.tail().length;
        int[] from = new int[2 * arcs];
        int[] to = new int[2 * arcs];
        long[] cost = new long[2 * arcs];
        int r = 0;
        for (int a = 0; a < arcs; a++) {
            if (net.flow()[a] < net.capacity()[a]) {
                from[r] = net.tail()[a];
                to[r] = net.head()[a];
                cost[r++] = net.cost()[a];
            }
            if (net.flow()[a] > 0) {
                from[r] = net.head()[a];
                to[r] = net.tail()[a];
                cost[r++] = -net.cost()[a];
            }
        }
        int[] start = new int[net.nodes() + 1];
        for (int i = 0; i < r; i++) {
            start[from[i] + 1]++;
        }
        for (int v = 0; v < net.nodes(); v++) {
            start[v + 1] += start[v];
        }
        int[] adj = new int[r];
        int[] fill = Arrays.copyOf(start, net.nodes());
        for (int i = 0; i < r; i++) {
            adj[fill[from[i]]++] = i;
        }
        long[] d = new long[net.nodes()];
        boolean[] queued = new boolean[net.nodes()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int v = 0; v < net.nodes(); v++) {
            queue.add(v);
            queued[v] = true;
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            queued[v] = false;
            for (int k = start[v]; k < start[v + 1]; k++) {
                int e = adj[k];
                if (d[v] + cost[e] < d[to[e]]) {
                    d[to[e]] = d[v] + cost[e];
                    if (!queued[to[e]]) {
                        queued[to[e]] = true;
                        queue.add(to[e]);
                    }
                }
            }
        }
        return d;
    }

    /**
     * For each slot, the left-out (mentor, score) pairs whose arc would have a negative reduced cost
     * {@code −score + d(slot) − d(target)}. The reserve is checked pair by pair; beyond it every score is
     * at most {@code bestOutside}, so only mentors whose potential exceeds {@code d(slot) − bestOutside}
     * can be improving: they are looked at in order of potential, and the scan stops at the first below.
     */
    private static int[][] improving(Problem p, FlowSolver.Network net, long[] d, Pairs pairs, int[] bestOutside) {
        long[] dMax = new long[p.mentors()];
        for (int m = 0; m < p.mentors(); m++) {
            dMax[m] = d[net.mentorNode()[m]];
        }
        net.pairNode().forEach((key, node) -> {
            int m = (int) (key & 0xFFFFFFFFL);
            dMax[m] = Math.max(dMax[m], d[node]);
        });
        Integer[] boxed = new Integer[p.mentors()];
        for (int m = 0; m < boxed.length; m++) {
            boxed[m] = m;
        }
        java.util.Arrays.sort(boxed, (a, b) -> Long.compare(dMax[b], dMax[a]));
        int[] byPotential = java.util.Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        int[][] out = new int[p.slots()][];
        int[] slotsOf = new int[java.util.Arrays.stream(p.slotMentee()).max().orElse(-1) + 1];
        for (int e : p.slotMentee()) {
            slotsOf[e]++;
        }
        ThreadLocal<int[]> marks = ThreadLocal.withInitial(() -> new int[p.mentors()]);
        ThreadLocal<int[]> rows = ThreadLocal.withInitial(() -> new int[p.mentors()]);
        java.util.concurrent.atomic.AtomicInteger stamps = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.IntStream.range(0, p.slots()).parallel().forEach(s -> {
            long ds = d[net.slotNode()[s]];
            int[] mark = marks.get(); // mark[m] == stamp: m is a candidate of this slot, or was checked already
            int stamp = stamps.incrementAndGet();
            for (int c : p.candidates()[s]) {
                mark[c] = stamp;
            }
            IntPairs found = new IntPairs();
            int[] r = pairs.reserve(s);
            int[] rs = pairs.reserveScores(s);
            for (int i = 0; i < r.length; i++) {
                if (mark[r[i]] != stamp) {
                    mark[r[i]] = stamp;
                    if (rs[i] > ds - dMax[r[i]] && rs[i] > ds - target(p, net, d, s, r[i], slotsOf)) {
                        found.add(r[i], rs[i]);
                    }
                }
            }
            int[] row = null;
            for (int m : byPotential) {
                if (bestOutside[s] < 0 || dMax[m] <= ds - bestOutside[s]) {
                    break; // every later mentor has a lower potential: none can improve
                }
                if (mark[m] == stamp) {
                    continue;
                }
                if (row == null) {
                    row = rows.get();
                    pairs.scoreRow(s, row);
                }
                if (row[m] >= 0 && row[m] > ds - dMax[m] && row[m] > ds - target(p, net, d, s, m, slotsOf)) {
                    found.add(m, row[m]);
                }
            }
            out[s] = found.toArray();
        });
        return out;
    }

    /** The potential of the node a new arc from the slot would enter: the mentor, or the mentee's pair node. */
    private static long target(Problem p, FlowSolver.Network net, long[] d, int slot, int mentor, int[] slotsOf) {
        if (slotsOf[p.slotMentee()[slot]] < 2) {
            return d[net.mentorNode()[mentor]]; // pair nodes exist only for mentees with several slots
        }
        Integer pair = net.pairNode().get(((long) p.slotMentee()[slot] << 32) | mentor);
        return d[pair != null ? pair : net.mentorNode()[mentor]];
    }

    /** (mentor, score) pairs, flat. */
    private static final class IntPairs {
        private int[] data = new int[16];
        private int size;

        void add(int a, int b) {
            if (size + 2 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = a;
            data[size++] = b;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    private static Problem extend(Problem p, int[][] extra) {
        int[][] cands = new int[p.slots()][];
        int[][] scores = new int[p.slots()][];
        for (int s = 0; s < p.slots(); s++) {
            int k = p.candidates()[s].length;
            int e = extra[s].length / 2;
            cands[s] = Arrays.copyOf(p.candidates()[s], k + e);
            scores[s] = Arrays.copyOf(p.scores()[s], k + e);
            for (int i = 0; i < e; i++) {
                cands[s][k + i] = extra[s][2 * i];
                scores[s][k + i] = extra[s][2 * i + 1];
            }
        }
        return new Problem(p.slotMentee(), p.capacity(), cands, scores);
    }
}
