package org.tandem.workflow.api;

import java.time.Instant;

/** A challenge a member raised, and how it was resolved (seed 001: address challenges). */
public record Challenge(String id, long version, String title, String description, String raisedBy,
        Instant raisedAt, String resolution, String resolvedBy, Instant resolvedAt) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
