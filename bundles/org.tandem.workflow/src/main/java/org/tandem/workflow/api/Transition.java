package org.tandem.workflow.api;

import java.time.Instant;

/** One recorded move between phases: who, when, from, to, and why. */
public record Transition(String relationshipId, int iteration, Phase from, Phase to, String actorId,
        boolean byAdmin, String reason, Instant at) {
}
