package org.tandem.matching.internal.store;

import java.time.Instant;
import java.util.List;
import org.tandem.model.MentorRole;

/**
 * An admin-led matching run: the engine's proposal for the whole program, which administrators review
 * and edit before publishing it (publishing creates the relationships).
 *
 * @param certified whether the proposal was proven optimal over every allowed pair
 */
public record Run(String id, long version, String programId, Status status, String objective, boolean certified,
        String createdBy, Instant createdAt, Instant publishedAt, List<Proposal> proposals) {

    public enum Status { DRAFT, PUBLISHED }

    /**
     * One slot of a mentee: the proposed mentor (null: none) and why.
     *
     * @param breakdown the score's parts as JSON
     * @param edited changed by an administrator after the run
     */
    public record Proposal(int slot, String menteeId, MentorRole role, String mentorId, int score, String breakdown,
            boolean edited, String relationshipId) {
    }

    public Run {
        proposals = List.copyOf(proposals);
    }
}
