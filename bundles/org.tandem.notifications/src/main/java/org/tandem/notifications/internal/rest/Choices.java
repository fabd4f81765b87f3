package org.tandem.notifications.internal.rest;

import static org.tandem.notifications.internal.Texts.TEXT;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.model.FieldError;
import org.tandem.model.ValidationException;
import org.tandem.notifications.internal.Category;
import org.tandem.notifications.internal.Mode;
import org.tandem.rest.api.Messages;

/** Reads preference choices from people's input, with errors that name what may be chosen. */
final class Choices {
    private Choices() {
    }

    static Category category(String name) {
        Category c = Category.named(name == null ? "" : name.trim());
        if (c == null) {
            throw new ValidationException("category", TEXT.format("input.category", "name", String.valueOf(name),
                    "known", Messages.anyOf(Arrays.stream(Category.values()).map(Enum::name).toList())));
        }
        return c;
    }

    static Mode mode(String field, String name) {
        for (Mode m : Mode.values()) {
            if (m.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return m;
            }
        }
        throw new ValidationException(field, TEXT.format("input.mode", "name", String.valueOf(name), "known",
                Messages.anyOf(Arrays.stream(Mode.values()).map(Enum::name).toList())));
    }

    /** Every choice in {@code wanted}, or one error per wrong category or mode (nothing half applied). */
    static Map<Category, Mode> all(Map<String, String> wanted) {
        Map<Category, Mode> out = new LinkedHashMap<>();
        List<FieldError> errors = new java.util.ArrayList<>();
        wanted.forEach((k, v) -> {
            try {
                out.put(category(k), mode(k, v));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }

    static List<Map<String, Object>> described(Map<Category, Mode> modes, Locale l) {
        return modes.entrySet().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("category", e.getKey().name());
            m.put("label", TEXT.format(l, "category." + e.getKey().name()));
            m.put("mode", e.getValue().name());
            return m;
        }).toList();
    }

    static List<Map<String, Object>> modes(Locale l) {
        return Arrays.stream(Mode.values()).map(m -> Map.<String, Object>of("mode", m.name(), "label",
                TEXT.format(l, "mode." + m.name()))).toList();
    }
}
