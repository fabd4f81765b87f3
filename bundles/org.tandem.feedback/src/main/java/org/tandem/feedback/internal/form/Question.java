package org.tandem.feedback.internal.form;

import java.util.List;
import java.util.Map;

/**
 * One question of a template. Labels are localisable: {@code label} maps a language tag to the text,
 * and holds at least {@code en}.
 *
 * @param points the scale of a Likert or rating-matrix question (2 to 11), else 0
 * @param anchors scale point → its label (e.g. 1 "not at all skilled", 7 "extremely skilled")
 * @param options the choices (key → label) of single and multiple choice
 * @param rows the rows (key → label) of a rating matrix
 * @param competency the competency the answer speaks to, for per-competency aggregates; may be null
 */
public record Question(String id, QuestionType type, Map<String, String> label, Map<String, String> help,
        boolean required, int points, Map<Integer, String> anchors, Map<String, String> options,
        Map<String, String> rows, String competency) {

    public Question {
        label = Map.copyOf(label);
        help = help == null ? Map.of() : Map.copyOf(help);
        anchors = anchors == null ? Map.of() : Map.copyOf(anchors);
        options = options == null ? Map.of() : Map.copyOf(options);
        rows = rows == null ? Map.of() : Map.copyOf(rows);
    }

    /** The label in this language, else English. */
    public String label(String language) {
        return label.getOrDefault(language, label.get("en"));
    }

    /** The option keys in a stable order (for exports and distributions). */
    public List<String> optionKeys() {
        return options.keySet().stream().sorted().toList();
    }
}
