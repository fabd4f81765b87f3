package org.tandem.model;

/**
 * How a bundle says which feature it belongs to: every feature's components register at least one
 * service with the service property {@value #PROPERTY}; {@code /api/health} lists the names it sees.
 */
public final class Feature {
    /** The service property that names a feature, e.g. {@code tandem.feature=core}. */
    public static final String PROPERTY = "tandem.feature";

    private Feature() {
    }
}
