package org.tandem.model;

/** Someone changed the item since the client read it: the client must reload and redo its change. */
public class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long currentVersion;
    private final long expectedVersion;

    public StaleVersionException(String kind, String id, long expected, long current) {
        super("The " + kind + " '" + id + "' was changed by someone else (you edited version " + expected
                + ", it is now at version " + current + "). Reload it and apply your change again.");
        this.currentVersion = current;
        this.expectedVersion = expected;
    }

    /** The version the client edited (model 1.4), for wording the answer in the reader's language. */
    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
