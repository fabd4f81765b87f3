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
    public record Part(Criterion criterion, int weight, double similarity, int points, String why) {
    }

    public record Breakdown(int total, List<Part> parts) {
    }

    /**
     * The same number as {@link #explain}, from tables: it runs for every pair of a program (25 million
     * for 10,000 mentees), so each criterion's points for each possible count of shared items are worked
     * out once, with the very formula {@link #explain} uses. Sets larger than the tables take that
     * formula directly. ScorerTest checks on random people that both always agree.
     */
    public int score(Traits e, MentorRole slot, Traits r) {
        int t = 0;
        if (e.interestCount > 0 && r.interestCount > 0) {
            int shared = Vocabulary.shared(e.interests(), r.interests());
            t += e.interestCount < TABLE ? goals[e.interestCount][shared]
                    : points(0, (double) shared / e.interestCount);
        } else {
            t += half[0];
        }
        t += e.stage() < 0 || r.stage() < 0 ? half[1] : stage[e.stage()][Math.min(r.stage(), STAGES - 1)];
        if (e.valueCount + r.valueCount > 0) {
            int both = Vocabulary.shared(e.values(), r.values());
            int union = e.valueCount + r.valueCount - both;
            t += union < TABLE ? values[union][both] : points(2, (double) both / union);
        } else {
            t += half[2];
        }
        t += e.workStyle() == null || r.workStyle() == null ? half[3] : e.workStyle().equals(r.workStyle()) ? full[3] : 0;
        if (e.availabilityCount > 0 && r.availabilityCount > 0) {
            int smaller = Math.min(e.availabilityCount, r.availabilityCount);
            int shared = Vocabulary.shared(e.availability(), r.availability());
            t += smaller < TABLE ? availability[smaller][shared] : points(4, (double) shared / smaller);
        } else {
            t += half[4];
        }
        t += r.rolesOffered().isEmpty() ? half[5]
                : slot == null || slot == MentorRole.GENERAL || r.rolesOffered().contains(slot) ? full[5] : 0;
        t += e.languageCount > 0 && r.languageCount > 0
                ? Vocabulary.shared(e.languages(), r.languages()) > 0 ? full[6] : 0 : half[6];
        t += !e.preferred().isEmpty() && e.preferred().contains(r.personId())
                || !r.preferred().isEmpty() && r.preferred().contains(e.personId()) ? full[7] : 0;
        return t;
    }

    static final int TABLE = 128;
    static final int STAGES = 8;
    final int[] half = new int[Criterion.values().length];
    final int[] full = new int[Criterion.values().length];
    final int[][] goals = new int[TABLE][];
    final int[][] values = new int[TABLE][];
    final int[][] availability = new int[TABLE][];
    final int[][] stage = new int[STAGES][STAGES];

    /** The points of every similarity the tables cover, computed as {@link #explain} computes them. */
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

    private String why(Criterion c, double sim, Traits mentee, MentorRole slot, Traits mentor) {
        if (!stated(c, mentee, mentor)) {
            return "not stated by both: counted as half";
        }
        return switch (c) {
            case GOALS -> listed("shares ", words.common(mentee.interests(), mentor.interests()), " of "
                    + Vocabulary.count(mentee.interests()) + " interests", "no shared research area or goal");
            case CAREER_STAGE -> mentor.stage() - mentee.stage() < 0 ? "the mentor is earlier in their career"
                    : mentor.stage() == mentee.stage() ? "the same career stage (peer support)"
                    : "the mentor is " + (mentor.stage() - mentee.stage()) + " career step(s) ahead";
            case VALUES -> listed("both value ", words.common(mentee.values(), mentor.values()), "", "no shared value");
            case WORK_STYLE -> sim == 1 ? "the same way of working" : "different ways of working";
            case AVAILABILITY -> listed("both free ", words.common(mentee.availability(), mentor.availability()), "",
                    "no common free time");
            case ROLE -> sim == 1 ? "offers " + (slot == null ? "mentoring" : slot.name().toLowerCase()) + " mentoring"
                    : "does not offer " + slot.name().toLowerCase() + " mentoring";
            case LANGUAGE -> listed("both speak ", words.common(mentee.languages(), mentor.languages()), "",
                    "no common language");
            case PREFERENCE -> sim == 1 ? "asked for by name" : "no preference stated";
        };
    }

    private static String listed(String prefix, List<String> items, String suffix, String none) {
        return items.isEmpty() ? none : prefix + items.size() + suffix + ": " + String.join(", ", items);
    }
}
