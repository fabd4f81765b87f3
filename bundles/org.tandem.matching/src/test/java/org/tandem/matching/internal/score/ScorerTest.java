package org.tandem.matching.internal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.model.MentorRole;
import org.tandem.model.ValidationException;

class ScorerTest {
    private static final java.util.Locale EN = java.util.Locale.ENGLISH;

    private final Vocabulary words = new Vocabulary();
    private final Scorer scorer = new Scorer(Weights.defaults(), words);

    private Traits person(String id, int stage, List<String> interests, List<String> values, String style,
            List<String> slots, List<String> languages, Set<MentorRole> offers, Set<String> preferred) {
        return new Traits(id, stage, words.bits(interests), words.bits(values), style, words.bits(slots),
                words.bits(languages), null, List.of(), offers, Set.of(), preferred);
    }

    @Test
    void aPairThatMeetsEveryCriterionScoresAHundred() {
        Traits mentee = person("e", 1, List.of("genomics", "grant writing"), List.of("honesty"), "structured",
                List.of("Tue am"), List.of("en"), Set.of(), Set.of("r"));
        Traits mentor = person("r", 3, List.of("Genomics", "grant  writing", "ecology"), List.of("honesty"),
                "Structured", List.of("Tue am", "Fri pm"), List.of("en", "de"), Set.of(MentorRole.CAREER), Set.of());
        Scorer.Breakdown b = scorer.explain(mentee, MentorRole.CAREER, mentor);
        assertEquals(10_000, b.total());
        assertEquals("shares 2 of 2 interests: genomics, grant writing", part(b, Criterion.GOALS).why().in(EN));
        assertEquals("the mentor is 2 career steps ahead", part(b, Criterion.CAREER_STAGE).why().in(EN));
        assertEquals("die Mentorin oder der Mentor ist 2 Karrierestufen weiter", part(b, Criterion.CAREER_STAGE).why()
                .in(java.util.Locale.GERMAN));
        assertEquals("asked for by name", part(b, Criterion.PREFERENCE).why().in(EN));
    }

    @Test
    void whatNeitherStatedCountsHalfAndSaysSo() {
        Traits mentee = person("e", -1, List.of(), List.of(), null, List.of(), List.of(), Set.of(), Set.of());
        Traits mentor = person("r", -1, List.of(), List.of(), null, List.of(), List.of(), Set.of(), Set.of());
        Scorer.Breakdown b = scorer.explain(mentee, MentorRole.GENERAL, mentor);
        assertEquals(4_750, b.total(), "half of everything but the preference (5 points)");
        assertEquals("not stated by both: counted as half", part(b, Criterion.VALUES).why().in(EN));
        // issue 19.7: the reason a German launch reads
        assertEquals("nicht von beiden angegeben: zählt zur Hälfte", part(b, Criterion.VALUES).why()
                .in(java.util.Locale.GERMAN));
        assertEquals(0, part(b, Criterion.PREFERENCE).points());
    }

    @Test
    void careerStepsAheadMentorBestAndBehindNotAtAll() {
        assertEquals(1.0, Scorer.stageGap(1, 2));
        assertEquals(1.0, Scorer.stageGap(1, 3));
        assertEquals(0.7, Scorer.stageGap(0, 3));
        assertEquals(0.5, Scorer.stageGap(0, 5));
        assertEquals(0.3, Scorer.stageGap(2, 2));
        assertEquals(0.0, Scorer.stageGap(3, 2));
    }

    /** Property: on random people, the breakdown adds up to the score, and the fast path agrees. */
    @Test
    void theBreakdownAlwaysAddsUpToTheScore() {
        Random r = new Random(7);
        String[] pool = {"genomics", "ecology", "ml", "teaching", "grants", "policy", "ethics", "stats"};
        for (int i = 0; i < 5_000; i++) {
            Weights w = randomWeights(r);
            Scorer s = new Scorer(w, words);
            Traits a = random(r, "a" + i, pool);
            Traits b = random(r, "b" + i, pool);
            MentorRole slot = MentorRole.values()[r.nextInt(MentorRole.values().length)];
            Scorer.Breakdown explained = s.explain(a, slot, b);
            assertEquals(explained.total(), explained.parts().stream().mapToInt(Scorer.Part::points).sum());
            assertEquals(explained.total(), s.score(a, slot, b));
            assertTrue(explained.total() >= 0 && explained.total() <= 10_000);
            explained.parts().forEach(p -> assertTrue(p.points() <= p.weight() * 100, p.toString()));
        }
    }

    @Test
    void weightsMustAddUpToAHundred() {
        Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            w.put(c, 10);
        }
        ValidationException e = assertThrows(ValidationException.class, () -> new Weights(w));
        assertTrue(e.getMessage().contains("add up to 100 (they add up to 80)"), e.getMessage());
        w.put(Criterion.GOALS, -1);
        assertThrows(ValidationException.class, () -> new Weights(w));
    }

    private Traits random(Random r, String id, String[] pool) {
        return new Traits(id, r.nextInt(8) - 1, words.bits(pick(r, pool)), words.bits(pick(r, pool)),
                r.nextBoolean() ? null : pool[r.nextInt(3)], words.bits(pick(r, pool)), words.bits(pick(r, pool)),
                null, List.of(), r.nextBoolean() ? Set.of() : Set.of(MentorRole.CAREER, MentorRole.RESEARCH),
                Set.of(), r.nextInt(5) == 0 ? Set.of("a" + id.substring(1), "b" + id.substring(1)) : Set.of());
    }

    private static List<String> pick(Random r, String[] pool) {
        return java.util.Arrays.stream(pool).filter(x -> r.nextInt(3) == 0).toList();
    }

    private static Weights randomWeights(Random r) {
        Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
        int left = 100;
        Criterion[] all = Criterion.values();
        for (int i = 0; i < all.length - 1; i++) {
            int x = r.nextInt(left + 1);
            w.put(all[i], x);
            left -= x;
        }
        w.put(all[all.length - 1], left);
        return new Weights(w);
    }

    private static Scorer.Part part(Scorer.Breakdown b, Criterion c) {
        return b.parts().stream().filter(p -> p.criterion() == c).findFirst().orElseThrow();
    }
}
