package org.tandem.model;

/** No stored item of this kind has this id. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super("No " + kind + " with id '" + id + "' exists.");
        this.kind = kind;
        this.id = id;
    }

    /** With a message of its own, for things that are not found by an id. */
    public NotFoundException(String message) {
        super(message);
        this.kind = null;
        this.id = null;
    }

    /** What was looked for, e.g. {@code program}, by which the REST layer words the answer; null if unknown. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
