package org.tandem.rest.api;

import org.tandem.model.StaleVersionException;

/** The If-Match version is no longer current: answered 412. */
public class PreconditionFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long currentVersion;

    public PreconditionFailedException(StaleVersionException cause) {
        super(cause.getMessage(), cause);
        this.currentVersion = cause.currentVersion();
    }

    public long currentVersion() {
        return currentVersion;
    }
}
