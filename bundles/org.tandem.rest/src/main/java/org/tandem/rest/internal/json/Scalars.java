package org.tandem.rest.internal.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.json.JsonNumber;
import javax.json.JsonString;
import javax.json.JsonValue;

/** JSON values to the scalar Java types DTOs use, and how to explain each to a person. */
final class Scalars {
    static final Object NOT_SCALAR = new Object();

    private Scalars() {
    }

    /** The converted value, null if {@code v} does not fit, or {@link #NOT_SCALAR}. */
    static Object convert(JsonValue v, Class<?> type) {
        if (type == String.class) {
            return v instanceof JsonString s ? s.getString() : null;
        }
        if (type == Boolean.class || type == boolean.class) {
            return v == JsonValue.TRUE ? Boolean.TRUE : v == JsonValue.FALSE ? Boolean.FALSE : null;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return whole(v, type == Integer.class || type == int.class);
        }
        if (type == LocalDate.class) {
            return date(v);
        }
        if (type == Instant.class) {
            return instant(v);
        }
        if (type.isEnum()) {
            return constant(v, type);
        }
        return NOT_SCALAR;
    }

    static String expectation(Class<?> type) {
        if (type == String.class) {
            return "must be text in double quotes";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be a date written as YYYY-MM-DD, such as \"2026-09-01\"";
        }
        if (type == Instant.class) {
            return "must be a moment in UTC written as YYYY-MM-DDThh:mm:ssZ, such as \"2026-09-01T14:00:00Z\"";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "must be a whole number";
    }

    private static Object whole(JsonValue v, boolean asInt) {
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            return null;
        }
        try {
            long value = n.longValueExact();
            if (asInt) {
                return Math.toIntExact(value);
            }
            return value;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Object date(JsonValue v) {
        try {
            return v instanceof JsonString s ? LocalDate.parse(s.getString()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Object instant(JsonValue v) {
        try {
            return v instanceof JsonString s ? Instant.parse(s.getString()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Object constant(JsonValue v, Class<?> type) {
        if (!(v instanceof JsonString s)) {
            return null;
        }
        String wanted = s.getString().trim().replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equalsIgnoreCase(wanted))
                .findFirst().orElse(null);
    }
}
