package org.tandem.matching.internal.store;

import java.util.EnumMap;
import java.util.Map;
import org.tandem.matching.internal.score.Criterion;
import org.tandem.matching.internal.score.Weights;
import org.tandem.model.Checks;

/**
 * A program's matching rules, as its administrators set them.
 *
 * @param otherDepartmentOnly never pair people of the same department
 * @param answerWithinDays how long a mentor has to answer a request before it moves on
 * @param candidatesPerSlot how many best mentors per slot the solver considers before proving optimality
 * @param fairness match as many mentees as possible first, then maximise the score
 * @param defaultCapacity mentees per mentor when the mentor's profile states none
 */
public record Settings(long version, Weights weights, boolean otherDepartmentOnly, int answerWithinDays,
        int candidatesPerSlot, boolean fairness, int defaultCapacity) {

    public static Settings defaults() {
        return new Settings(0, Weights.defaults(), false, 7, 24, false, 2);
    }

    public Settings checked() {
        new Checks().range("answerWithinDays", answerWithinDays, 1, 60).range("candidatesPerSlot", candidatesPerSlot, 1, 500)
                .range("defaultCapacity", defaultCapacity, 0, 50).orThrow();
        return this;
    }

    static String weightsText(Weights w) {
        StringBuilder out = new StringBuilder();
        for (Criterion c : Criterion.values()) {
            out.append(out.length() == 0 ? "" : ",").append(c.name()).append('=').append(w.of(c));
        }
        return out.toString();
    }

    static Weights weights(String text) {
        Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
        for (String pair : text.split(",")) {
            String[] kv = pair.split("=");
            w.put(Criterion.valueOf(kv[0]), Integer.parseInt(kv[1]));
        }
        return new Weights(w);
    }
}
