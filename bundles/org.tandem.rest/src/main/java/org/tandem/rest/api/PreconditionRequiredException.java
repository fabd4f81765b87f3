package org.tandem.rest.api;

/** A change came without the version it was made against: answered 428. */
public class PreconditionRequiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
