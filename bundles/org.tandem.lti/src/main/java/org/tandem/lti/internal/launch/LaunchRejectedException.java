package org.tandem.lti.internal.launch;

/** A launch refused by one rule; nothing may be created from it. */
public final class LaunchRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Rejection rejection;

    public LaunchRejectedException(Rejection rejection, String detail) {
        super(rejection.logMessage() + (detail == null ? "" : " (" + detail + ")"));
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
