package org.tandem.model;

import java.util.Map;

/**
 * One problem with one input field.
 *
 * @param field the field's path as the client sent it, e.g. {@code members[1].personId}
 * @param message what is wrong, in words a person understands (English, unless a feature wrote it in
 *        the reader's language)
 * @param code for the domain's own checks, a stable identifier of the rule, e.g. {@code too-long}, by
 *        which the REST layer words the message in the reader's language; null otherwise
 * @param args the values the message names (e.g. {@code max}), for the same purpose
 */
public record FieldError(String field, String message, String code, Map<String, Object> args) {
    public FieldError {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    /** name, value, name, value, … as the values of a message, in that order. */
    static Map<String, Object> named(Object... namesAndValues) {
        Map<String, Object> args = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return args;
    }

    /** A problem worded by whoever found it (model 1.3 callers). */
    public FieldError(String field, String message) {
        this(field, message, null, Map.of());
    }
}
