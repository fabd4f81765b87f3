package org.tandem.feedback.internal.form;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A feedback form's template, stored as data. Editing a template that has answers makes a new
 * version; answers keep the version they were given against.
 */
public record Template(String key, int version, Map<String, String> title, Visibility visibility,
        List<Section> sections) {

    public Template {
        title = Map.copyOf(title);
        sections = List.copyOf(sections);
    }

    /** A titled group of questions. */
    public record Section(Map<String, String> title, List<Question> questions) {
        public Section {
            title = Map.copyOf(title);
            questions = List.copyOf(questions);
        }
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
