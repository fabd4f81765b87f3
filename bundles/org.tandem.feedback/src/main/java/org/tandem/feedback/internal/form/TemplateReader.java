package org.tandem.feedback.internal.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.json.JsonArray;
import javax.json.JsonException;
import javax.json.JsonNumber;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;
import org.tandem.model.FieldError;
import org.tandem.model.ValidationException;
import org.tandem.storage.Jsonp;

/**
 * Reads a template from JSON (shipped files, an admin's edit, an imported instrument), reporting
 * every problem by its path ({@code sections[0].questions[2].points}) and accepting nothing partial.
 */
public final class TemplateReader {
    private static final org.tandem.rest.api.Messages T = org.tandem.feedback.internal.Texts.TEXT;

    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private TemplateReader() {
    }

    public static Template read(String json, int version) {
        JsonObject o;
        try (JsonReader r = Jsonp.reader(json)) {
            o = r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ValidationException("template", T.format("input.not-json-object", "reason", String.valueOf(e.getMessage())));
        }
        TemplateReader reader = new TemplateReader();
        Template t = reader.template(o, version);
        if (!reader.errors.isEmpty()) {
            throw new ValidationException(reader.errors);
        }
        return t;
    }

    private Template template(JsonObject o, int version) {
        String key = string(o, "key", "key");
        if (key != null && !key.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            fail("key", T.format("template.key-shape"));
        }
        Visibility visibility = choice(o, "visibility", "visibility", Visibility.class);
        List<Template.Section> sections = new ArrayList<>();
        JsonArray arr = array(o, "sections", "sections");
        if (arr != null && arr.isEmpty()) {
            fail("sections", T.format("template.sections"));
        }
        for (int i = 0; arr != null && i < arr.size(); i++) {
            String at = "sections[" + i + "]";
            if (!(arr.get(i) instanceof JsonObject s)) {
                fail(at, T.format("template.object"));
                continue;
            }
            List<Question> qs = new ArrayList<>();
            JsonArray qa = array(s, "questions", at + ".questions");
            for (int j = 0; qa != null && j < qa.size(); j++) {
                if (qa.get(j) instanceof JsonObject q) {
                    qs.add(question(q, at + ".questions[" + j + "]"));
                } else {
                    fail(at + ".questions[" + j + "]", T.format("template.object"));
                }
            }
            sections.add(new Template.Section(labels(s, "title", at + ".title", false), qs));
        }
        return new Template(key, version, labels(o, "title", "title", true), visibility, sections);
    }

    private Question question(JsonObject q, String at) {
        String id = string(q, "id", at + ".id");
        if (id != null && !ids.add(id)) {
            fail(at + ".id", T.format("template.id-twice", "id", id));
        }
        QuestionType type = choice(q, "type", at + ".type", QuestionType.class);
        int points = q.containsKey("points") && q.get("points") instanceof JsonNumber n ? n.intValue() : 0;
        boolean scaled = type == QuestionType.LIKERT || type == QuestionType.RATING_MATRIX;
        if (scaled && (points < 2 || points > 11)) {
            fail(at + ".points", T.format("template.points"));
        }
        Map<Integer, String> anchors = new LinkedHashMap<>();
        if (q.get("anchors") instanceof JsonObject a) {
            for (String k : a.keySet()) {
                try {
                    int p = Integer.parseInt(k);
                    if (p < 1 || p > points) {
                        throw new NumberFormatException();
                    }
                    anchors.put(p, a.getString(k, ""));
                } catch (NumberFormatException | ClassCastException e) {
                    fail(at + ".anchors." + k, T.format("template.anchor", "points", points));
                }
            }
        }
        Map<String, String> options = labels(q, "options", at + ".options", false);
        boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        if (choice && options.size() < 2) {
            fail(at + ".options", T.format("template.options"));
        }
        Map<String, String> rows = labels(q, "rows", at + ".rows", false);
        if (type == QuestionType.RATING_MATRIX && rows.isEmpty()) {
            fail(at + ".rows", T.format("template.rows"));
        }
        String competency = q.get("competency") instanceof JsonString c ? c.getString() : null;
        return new Question(id, type, labels(q, "label", at + ".label", true), labels(q, "help", at + ".help", false),
                q.getBoolean("required", false), scaled ? points : 0, anchors, options, rows, competency);
    }

    /** A localisable text: an object of language → text (with "en"), or a plain string (English). */
    private Map<String, String> labels(JsonObject o, String name, String at, boolean required) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                fail(at, T.format("template.required"));
            }
            return Map.of();
        }
        if (v instanceof JsonString s) {
            return Map.of("en", s.getString());
        }
        if (!(v instanceof JsonObject obj)) {
            fail(at, T.format("template.text-or-object"));
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        obj.forEach((k, x) -> {
            if (x instanceof JsonString s && !s.getString().isBlank()) {
                out.put(k, s.getString());
            } else {
                fail(at + "." + k, T.format("answer.text"));
            }
        });
        if (required && !name.equals("options") && !out.containsKey("en")) {
            fail(at, T.format("template.english"));
        }
        return out;
    }

    private String string(JsonObject o, String name, String at) {
        if (o.get(name) instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString();
        }
        fail(at, T.format("template.required-text"));
        return null;
    }

    private JsonArray array(JsonObject o, String name, String at) {
        if (o.get(name) instanceof JsonArray a) {
            return a;
        }
        fail(at, T.format("template.list"));
        return null;
    }

    private <E extends Enum<E>> E choice(JsonObject o, String name, String at, Class<E> type) {
        String v = o.get(name) instanceof JsonString s ? s.getString() : "";
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            fail(at, T.format("answer.one-of", "options", java.util.Arrays.toString(type.getEnumConstants())
                    .replaceAll("[\\[\\]]", "")));
            return null;
        }
    }

    private void fail(String at, String message) {
        errors.add(new FieldError(at, message));
    }
}
