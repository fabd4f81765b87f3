package org.tandem.model;

/** Which slice of a list to return. */
public record PageRequest(int offset, int limit) {
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (offset < 0) {
            throw new ValidationException(java.util.List.of(new FieldError("offset", "must be 0 or more", "at-least",
                    java.util.Map.of("min", 0))));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(java.util.List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT,
                    "range", java.util.Map.of("min", 1, "max", MAX_LIMIT))));
        }
    }
}
