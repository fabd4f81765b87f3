package org.tandem.matching.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.matching.internal.score.Rules;
import org.tandem.matching.internal.score.Scorer;
import org.tandem.matching.internal.score.Traits;
import org.tandem.matching.internal.score.Vocabulary;
import org.tandem.matching.internal.score.Weights;
import org.tandem.matching.internal.solve.Exact;
import org.tandem.matching.internal.solve.FlowSolver;
import org.tandem.model.MentorRole;

class CandidatesTest {
    private static final String[] POOL = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};

    private static Traits person(Random r, Vocabulary w, String id, boolean mentee) {
        return new Traits(id, r.nextInt(6), w.bits(some(r)), w.bits(some(r)), r.nextBoolean() ? "x" : "y",
                w.bits(some(r)), w.bits(some(r)), "d" + r.nextInt(4),
                mentee && r.nextInt(3) == 0 ? List.of(MentorRole.CAREER, MentorRole.PSYCHOSOCIAL) : List.of(),
                mentee ? Set.of() : r.nextBoolean() ? Set.of(MentorRole.CAREER) : Set.of(), Set.of(), Set.of());
    }

    private static List<String> some(Random r) {
        return Arrays.stream(POOL).filter(x -> r.nextInt(3) == 0).toList();
    }

    /** With one candidate per slot the graph is far from enough; the result must still be the optimum. */
    @Test
    void fromTheSmallestGraphColumnGenerationFindsTheOptimumOverAllPairs() {
        for (int seed = 0; seed < 25; seed++) {
            Random r = new Random(seed);
            Vocabulary w = new Vocabulary();
            List<Traits> mentees = new ArrayList<>();
            List<Traits> mentors = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                mentees.add(person(r, w, "e" + i, true));
            }
            for (int j = 0; j < 15; j++) {
                mentors.add(person(r, w, "m" + j, false));
            }
            int[] capacity = r.ints(15, 0, 5).toArray();
            Scorer scorer = new Scorer(Weights.defaults(), w);
            Rules rules = new Rules(true, Set.of(), Set.of());
            Candidates sparse = new Candidates(scorer, mentees, mentors, capacity, rules, 1);
            Candidates all = new Candidates(scorer, mentees, mentors, capacity, rules, 15);
            Exact.Result exact = Exact.solve(sparse.problem(), sparse, 100);
            assertTrue(exact.certified(), "seed " + seed);
            assertNull(exact.assignment().violation(all.problem()));
            assertEquals(FlowSolver.solve(all.problem(), false).assignment().total(), exact.assignment().total(),
                    "seed " + seed);
        }
    }
}
