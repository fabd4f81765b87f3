package org.tandem.feedback.internal.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.model.FieldError;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.Languages;
import org.tandem.rest.api.Messages;

/**
 * Checks answers against their template: every answer has the question's type and range, and (unless
 * it is a draft) every required question is answered. All problems are reported at once, by question.
 */
public final class AnswerCheck {
    private static final Messages T = org.tandem.feedback.internal.Texts.TEXT;

    static final int SHORT_MAX = 500;
    static final int LONG_MAX = 10_000;

    private AnswerCheck() {
    }

    /**
     * @param answers question id → the answer: a number (Likert), text (choice, text), a list of option
     *     keys (multiple choice), row → number (matrix), true/false (yes/no)
     * @throws ValidationException naming each question that needs attention
     */
    public static void check(Template t, Map<String, Object> answers, boolean draft) {
        List<FieldError> errors = new ArrayList<>();
        for (String id : answers.keySet()) {
            if (t.question(id).isEmpty()) {
                errors.add(new FieldError(id, T.format("answer.unknown")));
            }
        }
        for (Question q : t.questions()) {
            Object a = answers.get(q.id());
            if (a == null) {
                if (q.required() && !draft) {
                    errors.add(new FieldError(q.id(), T.format("answer.required", "question",
                            q.label(Languages.current().getLanguage()))));
                }
                continue;
            }
            String problem = problem(q, a, draft);
            if (problem != null) {
                errors.add(new FieldError(q.id(), problem));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String problem(Question q, Object a, boolean draft) {
        return switch (q.type()) {
            case LIKERT -> point(a, q.points());
            case SINGLE_CHOICE -> a instanceof String s && q.options().containsKey(s) ? null : oneOf(q);
            case MULTIPLE_CHOICE -> choices(q, a, draft);
            case SHORT_TEXT -> text(a, SHORT_MAX);
            case LONG_TEXT -> text(a, LONG_MAX);
            case RATING_MATRIX -> matrix(q, a, draft);
            case YES_NO -> a instanceof Boolean ? null : T.format("answer.yes-no");
        };
    }

    private static String point(Object a, int points) {
        if (a instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            long v = n.longValue();
            return v >= 1 && v <= points ? null : T.format("answer.point-range", "points", points);
        }
        return T.format("answer.point-whole", "points", points);
    }

    private static String oneOf(Question q) {
        return T.format("answer.one-of", "options", String.join(", ", q.optionKeys()));
    }

    private static String choices(Question q, Object a, boolean draft) {
        if (!(a instanceof List<?> list)) {
            return T.format("answer.list-of", "options", String.join(", ", q.optionKeys()));
        }
        Set<Object> seen = new HashSet<>();
        for (Object x : list) {
            if (!(x instanceof String s) || !q.options().containsKey(s) || !seen.add(s)) {
                return T.format("answer.each-once", "options",
                        String.join(", ", q.optionKeys()));
            }
        }
        return list.isEmpty() && q.required() && !draft ? T.format("answer.choose-one") : null;
    }

    private static String text(Object a, int max) {
        if (!(a instanceof String s)) {
            return T.format("answer.text");
        }
        return s.length() > max ? T.format("answer.too-long", "max", max) : null;
    }

    private static String matrix(Question q, Object a, boolean draft) {
        if (!(a instanceof Map<?, ?> m)) {
            return T.format("answer.rows", "rows", String.join(", ", q.rows().keySet()));
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!q.rows().containsKey(String.valueOf(e.getKey()))) {
                return T.format("answer.no-row", "row", String.valueOf(e.getKey()));
            }
            String p = point(e.getValue(), q.points());
            if (p != null) {
                return T.format("answer.row", "row", String.valueOf(e.getKey()), "problem", p);
            }
        }
        return q.required() && !draft && m.size() < q.rows().size() ? T.format("answer.every-row") : null;
    }
}
