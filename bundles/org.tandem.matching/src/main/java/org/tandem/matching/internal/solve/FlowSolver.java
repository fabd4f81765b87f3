package org.tandem.matching.internal.solve;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The optimal assignment as a minimum-cost flow, solved by Google OR-Tools (cost scaling):
 * source → slot (1) → [pair of mentee and mentor, when the mentee has several slots] → mentor → sink
 * (the mentor's capacity), each slot–mentor arc costing minus its score. By default a free arc from
 * source to sink lets slots stay empty, so the flow maximises the total score; with {@code fairness},
 * OR-Tools maximises the number of slots filled first and the score among those.
 */
public final class FlowSolver {
    private FlowSolver() {
    }

    /** The network as solved, for the optimality certificate. */
    public record Network(int nodes, int[] tail, int[] head, long[] capacity, long[] cost, long[] flow,
            int[] slotNode, int[] mentorNode, Map<Long, Integer> pairNode) {
    }

    public record Solved(Assignment assignment, Network network) {
    }

    public static Solved solve(Problem p, boolean fairness) {
        Natives.load();
        MinCostFlow f = new MinCostFlow();
        try {
            return solve(p, fairness, f);
        } finally {
            f.delete(); // the network lives in native memory
        }
    }

    private static Solved solve(Problem p, boolean fairness, MinCostFlow f) {
        Arcs arcs = new Arcs(f, p.arcs() * 2 + p.slots() + p.mentors() + 1);
        int ns = p.slots();
        int[] slotNode = new int[ns];
        int[] mentorNode = new int[p.mentors()];
        for (int s = 0; s < ns; s++) {
            slotNode[s] = 2 + s;
        }
        for (int m = 0; m < p.mentors(); m++) {
            mentorNode[m] = 2 + ns + m;
        }
        int[] slotsOfMentee = countSlots(p);
        Map<Long, Integer> pairNode = new HashMap<>();
        int next = 2 + ns + p.mentors();
        int[][] arcOf = new int[ns][];
        for (int s = 0; s < ns; s++) {
            arcs.add(0, slotNode[s], 1, 0);
            int[] c = p.candidates()[s];
            arcOf[s] = new int[c.length];
            for (int i = 0; i < c.length; i++) {
                int to = mentorNode[c[i]];
                if (slotsOfMentee[p.slotMentee()[s]] > 1) {
                    long key = ((long) p.slotMentee()[s] << 32) | c[i];
                    Integer pair = pairNode.get(key);
                    if (pair == null) {
                        pair = next++;
                        pairNode.put(key, pair);
                        arcs.add(pair, mentorNode[c[i]], 1, 0);
                    }
                    to = pair;
                }
                arcOf[s][i] = arcs.add(slotNode[s], to, 1, -p.scores()[s][i]);
            }
        }
        for (int m = 0; m < p.mentors(); m++) {
            arcs.add(mentorNode[m], 1, p.capacity()[m], 0);
        }
        if (!fairness) {
            arcs.add(0, 1, ns, 0);
        }
        f.setNodeSupply(0, ns);
        f.setNodeSupply(1, -ns);
        MinCostFlowBase.Status status = fairness ? f.solveMaxFlowWithMinCost() : f.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools could not solve the matching: " + status);
        }
        int[] mentorOf = new int[ns];
        Arrays.fill(mentorOf, -1);
        for (int s = 0; s < ns; s++) {
            for (int i = 0; i < arcOf[s].length; i++) {
                if (f.getFlow(arcOf[s][i]) > 0) {
                    mentorOf[s] = p.candidates()[s][i];
                }
            }
        }
        return new Solved(Assignment.of(p, mentorOf), arcs.network(next, slotNode, mentorNode, pairNode));
    }

    private static int[] countSlots(Problem p) {
        int max = Arrays.stream(p.slotMentee()).max().orElse(-1);
        int[] n = new int[max + 1];
        for (int m : p.slotMentee()) {
            n[m]++;
        }
        return n;
    }

    /** The arcs as added, kept in Java: reading them back costs a native call per field. */
    private static final class Arcs {
        private final MinCostFlow f;
        private int[] tail;
        private int[] head;
        private long[] cap;
        private long[] cost;
        private int n;

        Arcs(MinCostFlow f, int expected) {
            this.f = f;
            tail = new int[expected];
            head = new int[expected];
            cap = new long[expected];
            cost = new long[expected];
        }

        int add(int from, int to, long capacity, long unitCost) {
            if (n == tail.length) {
                tail = Arrays.copyOf(tail, 2 * n);
                head = Arrays.copyOf(head, 2 * n);
                cap = Arrays.copyOf(cap, 2 * n);
                cost = Arrays.copyOf(cost, 2 * n);
            }
            tail[n] = from;
            head[n] = to;
            cap[n] = capacity;
            cost[n] = unitCost;
            n++;
            return f.addArcWithCapacityAndUnitCost(from, to, capacity, unitCost);
        }

        Network network(int nodes, int[] slotNode, int[] mentorNode, Map<Long, Integer> pairNode) {
            long[] flow = new long[n];
            for (int a = 0; a < n; a++) {
                flow[a] = f.getFlow(a);
            }
            return new Network(nodes, Arrays.copyOf(tail, n), Arrays.copyOf(head, n), Arrays.copyOf(cap, n),
                    Arrays.copyOf(cost, n), flow, slotNode, mentorNode, pairNode);
        }
    }
}
