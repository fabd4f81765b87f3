package org.tandem.workflow.api;

import java.util.Optional;

/** Where a formal relationship is in its life (seed 001). */
public enum Phase {
    /** Each party reflects on values, goals and needs, and they determine fit. */
    PREPARING,
    /** They agree on expectations, goals and a timeline: an agreement and a development plan. */
    NEGOTIATING,
    /** They carry out the plan: meetings, progress on goals, challenges. */
    ENABLING,
    /** They conclude, reflect, and decide whether to start a next iteration. */
    CLOSING,
    /** Concluded; kept as history. */
    CLOSED;

    /** The only phase this one may move on to, if any. */
    public Optional<Phase> next() {
        return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
