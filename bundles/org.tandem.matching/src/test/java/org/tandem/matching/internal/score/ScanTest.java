package org.tandem.matching.internal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.model.MentorRole;

class ScanTest {
    private static final String[] POOL = new String[90]; // more than one 64-bit word per set

    static {
        for (int i = 0; i < POOL.length; i++) {
            POOL[i] = "w" + i;
        }
    }

    /** Property: for random people, rules and capacities, the scan equals the pair-by-pair path. */
    @Test
    void theScanGivesTheSameNumbersAsThePairByPairScoreAndRules() {
        Random r = new Random(11);
        for (int round = 0; round < 40; round++) {
            Vocabulary words = new Vocabulary();
            List<Traits> mentees = new ArrayList<>();
            List<Traits> mentors = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                mentees.add(random(r, words, "p" + i));
            }
            for (int j = 0; j < 25; j++) {
                mentors.add(random(r, words, "p" + (j + 20))); // ten people are both: self is forbidden
            }
            Set<String> declined = new HashSet<>();
            Set<String> existing = new HashSet<>();
            for (int x = 0; x < 20; x++) {
                declined.add(Rules.pair("p" + r.nextInt(30), "p" + (20 + r.nextInt(25))));
                existing.add(Rules.pair("p" + r.nextInt(30), "p" + (20 + r.nextInt(25))));
            }
            Rules rules = new Rules(r.nextBoolean(), declined, existing);
            Scorer scorer = new Scorer(Weights.defaults(), words);
            List<Traits> all = new ArrayList<>(mentees);
            all.addAll(mentors);
            Scan scan = new Scan(scorer, rules, mentors, Scan.words(all));
            int[] capacity = r.ints(25, 0, 3).toArray();
            int[] out = new int[25];
            for (Traits e : mentees) {
                for (MentorRole slot : MentorRole.values()) {
                    scan.scores(e, slot, capacity, out);
                    for (int j = 0; j < 25; j++) {
                        Traits m = mentors.get(j);
                        int expected = capacity[j] > 0 && rules.allowed(e, slot, m) ? scorer.score(e, slot, m) : -1;
                        assertEquals(expected, out[j], e.personId() + " × " + m.personId() + " as " + slot);
                    }
                }
            }
        }
    }

    private static Traits random(Random r, Vocabulary w, String id) {
        return new Traits(id, r.nextInt(8) - 1, w.bits(some(r)), w.bits(some(r)), r.nextInt(3) == 0 ? null : "s" + r.nextInt(3),
                w.bits(some(r)), w.bits(some(r)), r.nextInt(4) == 0 ? null : "D" + r.nextInt(3),
                List.of(), r.nextBoolean() ? Set.of() : Set.of(MentorRole.values()[r.nextInt(5)]),
                r.nextInt(6) == 0 ? Set.of("p" + r.nextInt(45)) : Set.of(),
                r.nextInt(6) == 0 ? Set.of("p" + r.nextInt(45)) : Set.of());
    }

    private static List<String> some(Random r) {
        return r.nextInt(5) == 0 ? List.of() : Arrays.stream(POOL).filter(x -> r.nextInt(12) == 0).toList();
    }
}
