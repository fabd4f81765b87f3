package org.tandem.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects every field error of one input, so that a person can fix them all at once. */
public final class Checks {
    private final List<FieldError> errors = new ArrayList<>();

    public Checks text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                fail(field, "is required");
            }
        } else if (value.length() > max) {
            fail(field, "must be at most " + max + " characters (it has " + value.length() + ")");
        }
        return this;
    }

    public Checks required(String field, Object value) {
        if (value == null) {
            fail(field, "is required");
        }
        return this;
    }

    public Checks range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            fail(field, "must be between " + min + " and " + max);
        }
        return this;
    }

    public Checks items(String field, List<String> values, int maxItems, int maxLength) {
        if (values.size() > maxItems) {
            fail(field, "may hold at most " + maxItems + " entries");
        }
        for (int i = 0; i < values.size(); i++) {
            text(field + "[" + i + "]", values.get(i), maxLength, true);
        }
        return this;
    }

    public Checks period(String startField, LocalDate start, String endField, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            fail(endField, "must not be before " + startField + " (" + start + ")");
        }
        return this;
    }

    public Checks email(String field, String value) {
        text(field, value, 254, false);
        if (value != null && !value.isBlank() && !value.matches("[^@\\s]+@[^@\\s]+")) {
            fail(field, "must be an e-mail address such as name@university.edu");
        }
        return this;
    }

    public Checks locale(String field, String value) {
        if (value != null && !value.isBlank()) {
            Locale parsed = Locale.forLanguageTag(value);
            if (value.length() > 35 || parsed.getLanguage().isEmpty()) {
                fail(field, "must be a language tag such as en, en-GB or de");
            }
        }
        return this;
    }

    /**
     * One of an enum's names; a missing value gives {@code otherwise}, or (when that is null) a
     * failure, as does an unknown name. The failure lists the names allowed.
     */
    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, E otherwise) {
        if (value == null || value.isBlank()) {
            if (otherwise == null) {
                fail(field, "must be one of " + names(type));
            }
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            fail(field, "must be one of " + names(type));
            return otherwise;
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** An http(s) address, if given. */
    public Checks webAddress(String field, String value) {
        text(field, value, 2000, false);
        if (value != null && !value.isBlank()) {
            try {
                java.net.URI uri = new java.net.URI(value);
                if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                    fail(field, "must be an http(s) address");
                }
            } catch (java.net.URISyntaxException e) {
                fail(field, "must be an http(s) address");
            }
        }
        return this;
    }

    public Checks fail(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Throws a {@link ValidationException} with every error found, if any. */
    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
