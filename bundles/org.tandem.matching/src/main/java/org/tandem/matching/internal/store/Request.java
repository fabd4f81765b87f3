package org.tandem.matching.internal.store;

import java.time.Instant;
import org.tandem.model.MentorRole;

/**
 * A mentee's request to a mentor (self-match). The mentor accepts (a relationship is created) or
 * declines within the program's days; a declined or unanswered request moves on to the mentee's next
 * best mentor ({@code forwardedFrom} names the one before).
 */
public record Request(String id, long version, String programId, String menteeId, String mentorId, MentorRole role,
        Status status, int score, Instant createdAt, Instant dueAt, Instant decidedAt, String relationshipId,
        String forwardedFrom) {

    public enum Status { PENDING, ACCEPTED, DECLINED, EXPIRED }
}
