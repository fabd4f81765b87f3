package org.tandem.model;

/** No stored item of this kind has this id. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String kind, String id) {
        super("No " + kind + " with id '" + id + "' exists.");
    }

    /** With a message of its own, for things that are not found by an id. */
    public NotFoundException(String message) {
        super(message);
    }
}
