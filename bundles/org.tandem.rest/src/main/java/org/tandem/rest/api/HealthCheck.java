package org.tandem.rest.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One dependency of the server in {@code GET /api/health} (the mail server, say): a feature registers
 * it as a service while it runs. A check must answer at once from what its component already knows;
 * it never opens a connection of its own.
 */
@ConsumerType
public interface HealthCheck {
    /** How a dependency is. Only the database being down makes the whole server DOWN. */
    enum Status { UP, NOT_CONFIGURED, DOWN }

    /** A dependency's state and, for a person, what it means and what to do. */
    record Check(Status status, String detail) {
    }

    /** The dependency's name in the report, e.g. {@code mail}. */
    String name();

    Check check();
}
