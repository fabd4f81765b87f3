package org.tandem.matching.internal.score;

import java.util.EnumMap;
import java.util.Map;
import org.tandem.model.ValidationException;

/**
 * The weight of each criterion, whole numbers that sum to 100, so that a score is out of 100 and each
 * criterion's share of it reads as points.
 */
public record Weights(Map<Criterion, Integer> byCriterion) {
    public Weights {
        EnumMap<Criterion, Integer> all = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            Integer w = byCriterion.get(c);
            if (w == null || w < 0 || w > 100) {
                throw new ValidationException("weights." + c.name(), Reason.messages().format("input.weight-range"));
            }
            all.put(c, w);
        }
        int sum = all.values().stream().mapToInt(Integer::intValue).sum();
        if (sum != 100) {
            throw new ValidationException("weights", Reason.messages().format("input.weight-sum", "sum", sum));
        }
        byCriterion = Map.copyOf(all);
    }

    public static Weights defaults() {
        EnumMap<Criterion, Integer> w = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            w.put(c, c.defaultWeight());
        }
        return new Weights(w);
    }

    public int of(Criterion c) {
        return byCriterion.get(c);
    }
}
