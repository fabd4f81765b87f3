package org.tandem.matching.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.tandem.matching.internal.Candidates;
import org.tandem.matching.internal.score.Rules;
import org.tandem.matching.internal.score.Scorer;
import org.tandem.matching.internal.score.Traits;
import org.tandem.matching.internal.score.Vocabulary;
import org.tandem.matching.internal.score.Weights;
import org.tandem.matching.internal.solve.Assignment;
import org.tandem.matching.internal.solve.Exact;
import org.tandem.matching.internal.solve.FlowSolver;
import org.tandem.matching.internal.solve.Greedy;
import org.tandem.model.MentorRole;

/**
 * The matching benchmark (bench/matching.sh): synthetic programs of n mentees and n/4 mentors of
 * capacity 4, people drawn from the same pools a real program has. For each size, in one run: scoring
 * every allowed pair into each slot's best K, the optimal assignment on that graph, the optimum over all
 * pairs (certified by column generation), and the greedy baseline; times, heap, and scores.
 */
public final class MatchingBench {
    private static final String[] AREAS = words("area", 60);
    private static final String[] VALUES = words("value", 16);
    private static final String[] SLOTS = words("slot", 24);
    private static final String[] LANGS = {"en", "de", "fr", "es", "zh"};
    private static final String[] STYLES = {"structured", "flexible", "hands-on", "reflective"};

    public static void main(String[] args) {
        int k = Integer.parseInt(System.getProperty("k", "16"));
        int[] sizes = Arrays.stream(args.length == 0 ? new String[] {"1000", "10000", "50000"} : args)
                .mapToInt(Integer::parseInt).toArray();
        System.out.printf("cores %d, max heap %d MiB, K = %d%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, k);
        System.out.println("mentees × mentors | scoring all pairs, ms | K-graph: solve ms, whole ms | exact: prove ms,"
                + " whole ms (rounds, pairs added) | K-graph score | optimum | K-graph gap | greedy score | greedy gap"
                + " | slots filled | heap MiB");
        for (int n : sizes) {
            run(n, k);
        }
    }

    private static void run(int n, int k) {
        Random r = new Random(n);
        Vocabulary words = new Vocabulary();
        List<Traits> mentees = new ArrayList<>();
        List<Traits> mentors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            mentees.add(person(r, words, "e" + i, r.nextInt(3), true));
        }
        for (int j = 0; j < n / 4; j++) {
            mentors.add(person(r, words, "m" + j, 2 + r.nextInt(4), false));
        }
        int[] capacity = new int[mentors.size()];
        Arrays.fill(capacity, 4);
        Scorer scorer = new Scorer(Weights.defaults(), words);
        Rules rules = new Rules(true, Set.of(), Set.of());
        System.gc();
        long t0 = System.nanoTime();
        Candidates c = new Candidates(scorer, mentees, mentors, capacity, rules, k);
        long t1 = System.nanoTime();
        Assignment sparse = FlowSolver.solve(c.problem(), false).assignment();
        long t2 = System.nanoTime();
        Exact.Result exact = Exact.solve(c.problem(), c, 20); // from the same candidates, solved afresh
        long t3 = System.nanoTime();
        Assignment greedy = Greedy.solve(c.problem());
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        System.out.printf("%,d × %,d | %,.0f | %,.0f, %,.0f | %,.0f, %,.0f (%d, %d)%s | %,d | %,d | %.3f%% | %,d | %.2f%%"
                + " | %,d/%,d | %d%n", n, mentors.size(), ms(t0, t1), ms(t1, t2), ms(t0, t2), ms(t2, t3), ms(t0, t1)
                + ms(t2, t3), exact.rounds(), exact.added(),
                exact.certified() ? "" : " not certified", sparse.total(), exact.assignment().total(),
                gap(sparse.total(), exact.assignment().total()), greedy.total(),
                gap(greedy.total(), exact.assignment().total()), exact.assignment().matched(), c.problem().slots(), heap);
    }

    private static Traits person(Random r, Vocabulary words, String id, int stage, boolean mentee) {
        List<MentorRole> needs = !mentee ? List.of() : r.nextInt(5) == 0
                ? List.of(MentorRole.CAREER, MentorRole.PSYCHOSOCIAL) : List.of();
        Set<MentorRole> offers = mentee ? Set.of() : r.nextBoolean() ? Set.of(MentorRole.CAREER, MentorRole.RESEARCH)
                : Set.of(MentorRole.PSYCHOSOCIAL, MentorRole.CAREER);
        return new Traits(id, stage, words.bits(some(r, AREAS, 3)), words.bits(some(r, VALUES, 3)),
                STYLES[r.nextInt(STYLES.length)], words.bits(some(r, SLOTS, 4)), words.bits(some(r, LANGS, 1 + r.nextInt(2))),
                "dept" + r.nextInt(20), needs, offers, Set.of(), Set.of());
    }

    private static List<String> some(Random r, String[] pool, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(pool[r.nextInt(pool.length)]);
        }
        return out;
    }

    private static String[] words(String prefix, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = prefix + i;
        }
        return out;
    }

    private static double ms(long a, long b) {
        return (b - a) / 1e6;
    }

    private static double gap(long got, long best) {
        return best == 0 ? 0 : 100.0 * (best - got) / best;
    }
}
