package org.tandem.model;

/** The caller may not see or do this (answered 403); the message says why in plain words. */
public class ForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
