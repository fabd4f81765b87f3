package org.tandem.feedback.internal.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tandem.feedback.internal.Texts;
import org.tandem.rest.api.Languages;

/**
 * What administrators may see of aggregate-only answers: per question and per competency, counts,
 * means and distributions, but only over at least {@code k} respondents (also per question), and
 * never free text. Below k, an aggregate says only that it is withheld.
 */
public final class Aggregates {
    /** The default minimum group size. */
    public static final int DEFAULT_K = 5;

    private Aggregates() {
    }

    /**
     * @param id a question id, or {@code questionId.rowKey} for a matrix row
     * @param distribution answer → how many gave it (scale points as "1".."7", option keys, "yes"/"no")
     * @param withheld why nothing is shown, or null
     */
    public record Item(String id, String label, String competency, int answered, Double mean,
            Map<String, Integer> distribution, String withheld) {
    }

    /** A competency's mean over its Likert questions. */
    public record Competency(String name, int respondents, Double mean, String withheld) {
    }

    public static List<Item> items(Template t, List<Map<String, Object>> submissions, int k) {
        List<Item> out = new ArrayList<>();
        boolean tooFew = submissions.size() < k;
        for (Question q : t.questions()) {
            if (q.type().text()) {
                out.add(new Item(q.id(), q.label(Languages.current().getLanguage()), q.competency(),
                        count(submissions, q.id()), null, Map.of(), Texts.TEXT.format("withheld.free-text")));
            } else if (q.type() == QuestionType.RATING_MATRIX) {
                for (String row : q.rows().keySet().stream().sorted().toList()) {
                    List<Object> values = new ArrayList<>();
                    for (Map<String, Object> s : submissions) {
                        if (s.get(q.id()) instanceof Map<?, ?> m && m.get(row) != null) {
                            values.add(m.get(row));
                        }
                    }
                    out.add(item(q.id() + "." + row, q.label(Languages.current().getLanguage()) + ": " + q.rows().get(row), q.competency(),
                            values, true, tooFew, k));
                }
            } else {
                List<Object> values = new ArrayList<>();
                for (Map<String, Object> s : submissions) {
                    Object a = s.get(q.id());
                    if (a instanceof List<?> list) {
                        values.addAll(list);
                    } else if (a != null) {
                        values.add(a);
                    }
                }
                out.add(item(q.id(), q.label(Languages.current().getLanguage()), q.competency(), values, q.type() == QuestionType.LIKERT, tooFew, k,
                        count(submissions, q.id())));
            }
        }
        return out;
    }

    public static List<Competency> competencies(Template t, List<Map<String, Object>> submissions, int k) {
        Map<String, double[]> sums = new TreeMap<>();
        for (Question q : t.questions()) {
            if (q.competency() == null || q.type() != QuestionType.LIKERT) {
                continue;
            }
            for (Map<String, Object> s : submissions) {
                if (s.get(q.id()) instanceof Number n) {
                    double[] acc = sums.computeIfAbsent(q.competency(), c -> new double[2]);
                    acc[0] += n.doubleValue();
                    acc[1]++;
                }
            }
        }
        List<Competency> out = new ArrayList<>();
        sums.forEach((name, acc) -> out.add(submissions.size() < k
                ? new Competency(name, submissions.size(), null, withheld(k))
                : new Competency(name, submissions.size(), round(acc[0] / acc[1]), null)));
        return out;
    }

    private static Item item(String id, String label, String competency, List<Object> values, boolean numeric,
            boolean tooFew, int k) {
        return item(id, label, competency, values, numeric, tooFew, k, values.size());
    }

    private static Item item(String id, String label, String competency, List<Object> values, boolean numeric,
            boolean tooFew, int k, int answered) {
        if (tooFew || answered < k) {
            return new Item(id, label, competency, answered, null, Map.of(), withheld(k));
        }
        Map<String, Integer> dist = new LinkedHashMap<>();
        double sum = 0;
        for (Object v : values) {
            String key = v instanceof Boolean b ? (b ? "yes" : "no") : v instanceof Number n ? Long.toString(
                    n.longValue()) : String.valueOf(v);
            dist.merge(key, 1, Integer::sum);
            sum += v instanceof Number n ? n.doubleValue() : 0;
        }
        return new Item(id, label, competency, answered, numeric && !values.isEmpty() ? round(sum / values.size())
                : null, new TreeMap<>(dist), null);
    }

    private static int count(List<Map<String, Object>> submissions, String id) {
        return (int) submissions.stream().filter(s -> s.get(id) != null).count();
    }

    private static String withheld(int k) {
        return Texts.TEXT.format("withheld.too-few", "k", k);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
