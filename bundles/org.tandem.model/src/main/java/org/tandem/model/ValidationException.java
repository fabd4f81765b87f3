package org.tandem.model;

import java.util.List;

/** Input that breaks a rule of the domain; nothing was written. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
