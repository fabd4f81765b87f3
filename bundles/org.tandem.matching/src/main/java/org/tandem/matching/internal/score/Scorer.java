package org.tandem.matching.internal.score;

import java.util.ArrayList;
import java.util.List;
import org.tandem.model.MentorRole;

/**
 * The compatibility of a mentee (in one of their slots) and a mentor, out of 100 points, with each
 * criterion's share: its weight times how well the pair meets it. Points are kept in hundredths and
 * each criterion's share is rounded on its own, so the breakdown always adds up to the score.
 * {@link #score} is the fast path the solver uses; {@link #explain} gives the same number with reasons.
 */
public final class Scorer {
    private static final double NOT_STATED = 0.5;
    private final Weights weights;
    private final Vocabulary words;
    private final int[] weight = new int[Criterion.values().length];

    public Scorer(Weights weights, Vocabulary words) {
        this.weights = weights;
        this.words = words;
        for (Criterion c : Criterion.values()) {
            weight[c.ordinal()] = weights.of(c);
        }
        tables();
    }

    /** One criterion's share: {@code points} in hundredths of a point, {@code similarity} from 0 to 1. */
    public record Part(Criterion criterion, int weight, double similarity, int points, Reason why) {
        /** The similarity to three decimals, as shown. */
        public double shownSimilarity() {
            return Math.round(similarity * 1000) / 1000.0;
        }

        /** The points as shown: out of the weight, with two decimals. */
        public double shownPoints() {
            return points / 100.0;
        }
    }

    public record Breakdown(int total, List<Part> parts) {
    }

    /**
     * The number {@link #explain} gives, without the reasons: for single pairs (a request, an edit).
     * Whole programs are scored by {@link Scan}, from the tables below.
     */
    public int score(Traits mentee, MentorRole slot, Traits mentor) {
        int total = 0;
        for (Criterion c : Criterion.values()) {
            total += points(c, similarity(c, mentee, slot, mentor));
        }
        return total;
    }

    /** The tables {@link Scan} reads: each criterion's points for every count of shared items. */
    static final int TABLE = 128;
    static final int STAGES = 8;
    final int[] half = new int[Criterion.values().length];
    final int[] full = new int[Criterion.values().length];
    final int[][] goals = new int[TABLE][];
    final int[][] values = new int[TABLE][];
    final int[][] availability = new int[TABLE][];
    final int[][] stage = new int[STAGES][STAGES];

    /** The points of every similarity the tables cover, computed with the formula {@link #explain} uses. */
    private void tables() {
        for (Criterion c : Criterion.values()) {
            half[c.ordinal()] = points(c.ordinal(), NOT_STATED);
            full[c.ordinal()] = points(c.ordinal(), 1);
        }
        for (int n = 0; n < TABLE; n++) {
            goals[n] = new int[n + 1];
            values[n] = new int[n + 1];
            availability[n] = new int[n + 1];
            for (int k = 0; k <= n && n > 0; k++) {
                goals[n][k] = points(0, (double) k / n);
                values[n][k] = points(2, (double) k / n);
                availability[n][k] = points(4, (double) k / n);
            }
        }
        for (int a = 0; a < STAGES; a++) {
            for (int b = 0; b < STAGES; b++) {
                stage[a][b] = points(1, stageGap(a, b));
            }
        }
    }

    int points(int criterion, double similarity) {
        return (int) Math.round(weight[criterion] * similarity * 100);
    }

    public Breakdown explain(Traits mentee, MentorRole slot, Traits mentor) {
        List<Part> parts = new ArrayList<>();
        int total = 0;
        for (Criterion c : Criterion.values()) {
            double sim = similarity(c, mentee, slot, mentor);
            int p = points(c, sim);
            total += p;
            parts.add(new Part(c, weights.of(c), sim, p, why(c, sim, mentee, slot, mentor)));
        }
        return new Breakdown(total, parts);
    }

    private int points(Criterion c, double similarity) {
        return points(c.ordinal(), similarity);
    }

    static double similarity(Criterion c, Traits mentee, MentorRole slot, Traits mentor) {
        if (!stated(c, mentee, mentor)) {
            return NOT_STATED;
        }
        return switch (c) {
            case GOALS -> (double) Vocabulary.shared(mentee.interests(), mentor.interests()) / mentee.interestCount;
            case CAREER_STAGE -> stageGap(mentee.stage(), mentor.stage());
            case VALUES -> {
                int both = Vocabulary.shared(mentee.values(), mentor.values());
                yield (double) both / (mentee.valueCount + mentor.valueCount - both);
            }
            case WORK_STYLE -> mentee.workStyle().equals(mentor.workStyle()) ? 1 : 0;
            case AVAILABILITY -> (double) Vocabulary.shared(mentee.availability(), mentor.availability())
                    / Math.min(mentee.availabilityCount, mentor.availabilityCount);
            case ROLE -> slot == null || slot == MentorRole.GENERAL || mentor.rolesOffered().contains(slot) ? 1 : 0;
            case LANGUAGE -> Vocabulary.shared(mentee.languages(), mentor.languages()) > 0 ? 1 : 0;
            case PREFERENCE -> !mentee.preferred().isEmpty() && mentee.preferred().contains(mentor.personId())
                    || !mentor.preferred().isEmpty() && mentor.preferred().contains(mentee.personId()) ? 1 : 0;
        };
    }

    /** Whether both said enough to judge this criterion; if not it counts as half, neither for nor against. */
    static boolean stated(Criterion c, Traits mentee, Traits mentor) {
        return switch (c) {
            case GOALS -> mentee.interestCount > 0 && mentor.interestCount > 0;
            case CAREER_STAGE -> mentee.stage() >= 0 && mentor.stage() >= 0;
            case VALUES -> mentee.valueCount + mentor.valueCount > 0;
            case WORK_STYLE -> mentee.workStyle() != null && mentor.workStyle() != null;
            case AVAILABILITY -> mentee.availabilityCount > 0 && mentor.availabilityCount > 0;
            case ROLE -> !mentor.rolesOffered().isEmpty();
            case LANGUAGE -> mentee.languageCount > 0 && mentor.languageCount > 0;
            case PREFERENCE -> true;
        };
    }

    /** One or two steps ahead mentors best; the same step is peer support; behind is no mentoring. */
    static double stageGap(int mentee, int mentor) {
        if (mentee < 0 || mentor < 0) {
            return NOT_STATED;
        }
        int gap = mentor - mentee;
        return gap < 0 ? 0 : gap == 0 ? 0.3 : gap <= 2 ? 1 : gap == 3 ? 0.7 : 0.5;
    }

    private Reason why(Criterion c, double sim, Traits mentee, MentorRole slot, Traits mentor) {
        if (!stated(c, mentee, mentor)) {
            return Reason.of("why.notStated");
        }
        return switch (c) {
            case GOALS -> listed("why.goals", words.common(mentee.interests(), mentor.interests()), "of",
                    Vocabulary.count(mentee.interests()));
            case CAREER_STAGE -> mentor.stage() - mentee.stage() < 0 ? Reason.of("why.stage.behind")
                    : mentor.stage() == mentee.stage() ? Reason.of("why.stage.same")
                    : Reason.of("why.stage.ahead", "n", mentor.stage() - mentee.stage());
            case VALUES -> listed("why.values", words.common(mentee.values(), mentor.values()));
            case WORK_STYLE -> Reason.of(sim == 1 ? "why.workStyle.same" : "why.workStyle.different");
            case AVAILABILITY -> listed("why.availability", words.common(mentee.availability(), mentor.availability()));
            case ROLE -> Reason.of(sim == 1 ? "why.role.offers" : "why.role.lacks", "role",
                    slot == null ? "GENERAL" : slot.name());
            case LANGUAGE -> listed("why.language", words.common(mentee.languages(), mentor.languages()));
            case PREFERENCE -> Reason.of(sim == 1 ? "why.preference.named" : "why.preference.none");
        };
    }

    /** {@code key} with the shared items, or {@code key.none} when there are none. */
    private static Reason listed(String key, List<String> items, Object... more) {
        if (items.isEmpty()) {
            return Reason.of(key + ".none");
        }
        Object[] args = new Object[4 + more.length];
        args[0] = "n";
        args[1] = items.size();
        args[2] = "items";
        args[3] = String.join(", ", items);
        System.arraycopy(more, 0, args, 4, more.length);
        return Reason.of(key, args);
    }
}
