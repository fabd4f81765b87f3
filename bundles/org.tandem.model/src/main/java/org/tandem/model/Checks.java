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
                rule(field, "required", "is required");
            }
        } else if (value.length() > max) {
            rule(field, "too-long", "must be at most " + max + " characters (it has " + value.length() + ")", "max", max,
                    "length", value.length());
        }
        return this;
    }

    public Checks required(String field, Object value) {
        if (value == null) {
            rule(field, "required", "is required");
        }
        return this;
    }

    public Checks range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            rule(field, "range", "must be between " + min + " and " + max, "min", min, "max", max);
        }
        return this;
    }

    public Checks items(String field, List<String> values, int maxItems, int maxLength) {
        if (values.size() > maxItems) {
            rule(field, "too-many", "may hold at most " + maxItems + " entries", "max", maxItems);
        }
        for (int i = 0; i < values.size(); i++) {
            text(field + "[" + i + "]", values.get(i), maxLength, true);
        }
        return this;
    }

    public Checks period(String startField, LocalDate start, String endField, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            rule(endField, "before-start", "must not be before " + startField + " (" + start + ")", "start", startField,
                    "date", start.toString());
        }
        return this;
    }

    public Checks email(String field, String value) {
        text(field, value, 254, false);
        if (value != null && !value.isBlank() && !value.matches("[^@\\s]+@[^@\\s]+")) {
            rule(field, "email", "must be an e-mail address such as name@university.edu");
        }
        return this;
    }

    public Checks locale(String field, String value) {
        if (value != null && !value.isBlank()) {
            Locale parsed = Locale.forLanguageTag(value);
            if (value.length() > 35 || parsed.getLanguage().isEmpty()) {
                rule(field, "language", "must be a language tag such as en, en-GB or de");
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
                rule(field, "one-of", "must be one of " + names(type), "names", names(type));
            }
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            rule(field, "one-of", "must be one of " + names(type), "names", names(type));
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
                    rule(field, "web-address", "must be an http(s) address");
                }
            } catch (java.net.URISyntaxException e) {
                rule(field, "web-address", "must be an http(s) address");
            }
        }
        return this;
    }

    public Checks fail(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /**
     * A failure of one of the domain's rules, with its code and values, so that the REST layer can word
     * it in the reader's language (the English message stays for logs and other callers).
     */
    public Checks rule(String field, String code, String english, Object... namesAndValues) {
        errors.add(new FieldError(field, english, code, FieldError.named(namesAndValues)));
        return this;
    }

    /** Throws a {@link ValidationException} with every error found, if any. */
    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
