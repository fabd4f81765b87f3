package org.tandem.model;

/** The change is valid on its own but clashes with what is stored (a duplicate, a full mentor). */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
