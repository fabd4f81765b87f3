package org.tandem.matching.internal.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SolverTest {

    /** A random problem: up to 3 slots per mentee, random capacities, random allowed pairs. */
    static Problem random(Random r, int mentees, int mentors, double density) {
        List<Integer> slotMentee = new ArrayList<>();
        for (int e = 0; e < mentees; e++) {
            int slots = r.nextInt(4) == 0 ? 2 + r.nextInt(2) : 1;
            for (int s = 0; s < slots; s++) {
                slotMentee.add(e);
            }
        }
        int[] capacity = new int[mentors];
        for (int m = 0; m < mentors; m++) {
            capacity[m] = r.nextInt(3);
        }
        int ns = slotMentee.size();
        int[][] cands = new int[ns][];
        int[][] scores = new int[ns][];
        for (int s = 0; s < ns; s++) {
            List<Integer> c = new ArrayList<>();
            for (int m = 0; m < mentors; m++) {
                if (r.nextDouble() < density) {
                    c.add(m);
                }
            }
            cands[s] = c.stream().mapToInt(Integer::intValue).toArray();
            scores[s] = c.stream().mapToInt(x -> r.nextInt(10_001)).toArray();
        }
        return new Problem(slotMentee.stream().mapToInt(Integer::intValue).toArray(), capacity, cands, scores);
    }

    /** Every feasible assignment, tried: the best (max matched first when fair) as {matched, total}. */
    static long[] bruteForce(Problem p, boolean fairness) {
        long[] best = {-1, -1};
        search(p, 0, new int[p.mentors()], new int[p.slots()], 0, 0, fairness, best);
        return best;
    }

    private static void search(Problem p, int s, int[] load, int[] chosen, long total, int matched, boolean fair,
            long[] best) {
        if (s == p.slots()) {
            boolean better = fair ? matched > best[0] || matched == best[0] && total > best[1] : total > best[1];
            if (better) {
                best[0] = matched;
                best[1] = total;
            }
            return;
        }
        chosen[s] = -1;
        search(p, s + 1, load, chosen, total, matched, fair, best);
        for (int i = 0; i < p.candidates()[s].length; i++) {
            int m = p.candidates()[s][i];
            boolean sameMentee = false;
            for (int t = 0; t < s; t++) {
                sameMentee |= p.slotMentee()[t] == p.slotMentee()[s] && chosen[t] == m;
            }
            if (load[m] < p.capacity()[m] && !sameMentee) {
                load[m]++;
                chosen[s] = m;
                search(p, s + 1, load, chosen, total + p.scores()[s][i], matched + 1, fair, best);
                load[m]--;
                chosen[s] = -1;
            }
        }
    }

    @Test
    void theFlowIsOptimalOnEverySmallInstanceAndBreaksNoRule() {
        Random r = new Random(42);
        for (int i = 0; i < 300; i++) {
            Problem p = random(r, 2 + r.nextInt(4), 1 + r.nextInt(4), 0.6);
            for (boolean fair : new boolean[] {false, true}) {
                Assignment a = FlowSolver.solve(p, fair).assignment();
                assertNull(a.violation(p), "instance " + i);
                long[] best = bruteForce(p, fair);
                assertEquals(best[1], a.total(), "instance " + i + (fair ? " (fair)" : ""));
                if (fair) {
                    assertEquals(best[0], a.matched(), "the most mentees matched, instance " + i);
                }
                Assignment g = Greedy.solve(p);
                assertNull(g.violation(p));
                assertTrue(g.total() <= bruteForce(p, false)[1]);
            }
        }
    }

    @Test
    void aMenteeWithTwoSlotsNeverGetsTheSameMentorTwice() {
        // mentee 0 has two slots; mentor 0 (capacity 2) is by far the best for both
        Problem p = new Problem(new int[] {0, 0}, new int[] {2, 1}, new int[][] {{0, 1}, {0, 1}},
                new int[][] {{9_000, 100}, {9_000, 200}});
        Assignment a = FlowSolver.solve(p, false).assignment();
        assertNull(a.violation(p));
        assertEquals(9_200, a.total());
    }

    /** The candidate graph keeps 2 mentors per slot; Exact must still reach the optimum over all pairs. */
    @Test
    void columnGenerationReachesTheOptimumOverAllPairsAndCertifiesIt() {
        Random r = new Random(3);
        for (int i = 0; i < 40; i++) {
            Problem full = random(r, 40, 12, 0.8);
            Problem sparse = keepBest(full, 2);
            Exact.Result exact = Exact.solve(sparse, pairsOf(full, sparse), 50);
            assertTrue(exact.certified(), "instance " + i);
            assertNull(exact.assignment().violation(full));
            assertEquals(FlowSolver.solve(full, false).assignment().total(), exact.assignment().total(), "instance " + i);
        }
    }

    static Problem keepBest(Problem p, int k) {
        int[][] c = new int[p.slots()][];
        int[][] s = new int[p.slots()][];
        for (int i = 0; i < p.slots(); i++) {
            Integer[] order = new Integer[p.candidates()[i].length];
            for (int j = 0; j < order.length; j++) {
                order[j] = j;
            }
            int slot = i;
            Arrays.sort(order, (x, y) -> p.scores()[slot][y] - p.scores()[slot][x]);
            int n = Math.min(k, order.length);
            c[i] = new int[n];
            s[i] = new int[n];
            for (int j = 0; j < n; j++) {
                c[i][j] = p.candidates()[i][order[j]];
                s[i][j] = p.scores()[i][order[j]];
            }
        }
        return new Problem(p.slotMentee(), p.capacity(), c, s);
    }

    static Exact.Pairs pairsOf(Problem full, Problem sparse) {
        return new Exact.Pairs() {
            @Override
            public int[] reserve(int slot) {
                return new int[0];
            }

            @Override
            public int[] reserveScores(int slot) {
                return new int[0];
            }

            @Override
            public int bestOutside(int slot) {
                int best = -1;
                for (int j = 0; j < full.candidates()[slot].length; j++) {
                    int m = full.candidates()[slot][j];
                    if (Arrays.stream(sparse.candidates()[slot]).noneMatch(x -> x == m)) {
                        best = Math.max(best, full.scores()[slot][j]);
                    }
                }
                return best;
            }

            @Override
            public int score(int slot, int mentor) {
                for (int j = 0; j < full.candidates()[slot].length; j++) {
                    if (full.candidates()[slot][j] == mentor) {
                        return full.scores()[slot][j];
                    }
                }
                return -1;
            }
        };
    }
}
