package org.tandem.workflow.api;

import java.util.List;

/**
 * How a relationship is doing, from what the workflow already knows: {@code OK} with no signal,
 * {@code ATTENTION} with one, {@code AT_RISK} with two or more.
 */
public record RelationshipHealth(String relationshipId, Phase phase, String status, List<HealthSignal> signals) {

    public RelationshipHealth {
        signals = List.copyOf(signals);
    }
}
