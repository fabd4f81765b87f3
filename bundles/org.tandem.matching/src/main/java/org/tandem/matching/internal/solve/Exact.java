package org.tandem.matching.internal.solve;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The optimum over every allowed pair, not only the candidate graph: solve on each slot's best
 * candidates, derive node potentials from the residual network (Bellman–Ford from a virtual root),
 * and check every pair left out. A left-out pair can improve the total only if its score exceeds
 * {@code d(slot) − d(mentor)}; if none does, the linear-programming dual proves the assignment optimal for
 * the whole program. Otherwise those pairs join the graph and it is solved again (column generation).
 * Most slots are cleared by one comparison with the best score left out of their list, so the full
 * scan is rare. Only for the default objective (maximum total score).
 */
public final class Exact {
    private Exact() {
    }

    /** Where the pairs left out of the candidate graph come from. */
    public interface Pairs {
        /** The best score of an allowed mentor not among the slot's candidates; -1 if there is none. */
        int bestOutside(int slot);

        /** Every allowed mentor of the slot with their score. */
        void forEach(int slot, PairConsumer each);
    }

    @FunctionalInterface
    public interface PairConsumer {
        void accept(int mentor, int score);
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

    /** For each slot, the left-out (mentor, score) pairs whose arc would have a negative reduced cost. */
    private static int[][] improving(Problem p, FlowSolver.Network net, long[] d, Pairs pairs, int[] bestOutside) {
        long maxTarget = Long.MIN_VALUE;
        for (int v = 2 + p.slots(); v < net.nodes(); v++) {
            maxTarget = Math.max(maxTarget, d[v]);
        }
        int[][] out = new int[p.slots()][];
        for (int s = 0; s < p.slots(); s++) {
            out[s] = new int[0];
            long ds = d[net.slotNode()[s]];
            if (bestOutside[s] < 0 || bestOutside[s] <= ds - maxTarget) {
                continue; // no left-out mentor can beat the cheapest way in
            }
            int slot = s;
            int[] cands = p.candidates()[s];
            java.util.Set<Integer> in = new java.util.HashSet<>();
            for (int c : cands) {
                in.add(c);
            }
            IntPairs found = new IntPairs();
            int[] best = {-1};
            pairs.forEach(s, (mentor, score) -> {
                if (in.contains(mentor)) {
                    return;
                }
                Integer pair = net.pairNode().get(((long) p.slotMentee()[slot] << 32) | mentor);
                long target = d[pair != null ? pair : net.mentorNode()[mentor]];
                if (score > ds - target) {
                    found.add(mentor, score);
                } else {
                    best[0] = Math.max(best[0], score);
                }
            });
            out[s] = found.toArray();
            bestOutside[s] = best[0];
        }
        return out;
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
