package org.tandem.workflow.api;

import java.time.Instant;

/**
 * A meeting of the relationship's members. Its shared notes and next steps are read by every member;
 * each member's private notes are kept apart ({@link MeetingService#privateNote}).
 *
 * @param organizerId who planned it (set by the service)
 * @param loggedById who recorded it as held (set by the service)
 */
public record Meeting(String id, long version, MeetingKind kind, Instant startsAt, int minutes, MeetingMode mode,
        String agenda, MeetingStatus status, String sharedNotes, String nextSteps, String organizerId,
        String loggedById) {
}
