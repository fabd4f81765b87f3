package org.tandem.rest.api;

import static org.tandem.rest.internal.Texts.TEXT;

import org.tandem.model.PageRequest;
import org.tandem.model.ValidationException;

/**
 * Reads {@code offset} and {@code limit} query parameters. Taken as text, because JAX-RS answers a
 * number that does not parse with a bare 404; here it is a 400 that names the parameter.
 */
public final class Paging {
    public static final int DEFAULT_LIMIT = 50;

    private Paging() {
    }

    public static PageRequest of(String offset, String limit) {
        return new PageRequest(number("offset", offset, 0), number("limit", limit, DEFAULT_LIMIT));
    }

    private static int number(String name, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, TEXT.format("input.whole-number", "text", text));
        }
    }
}
