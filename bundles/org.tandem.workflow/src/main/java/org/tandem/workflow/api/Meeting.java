package org.tandem.workflow.api;

import java.time.Instant;

/**
 * A meeting of the relationship's members. Its shared notes and next steps are read by every member;
 * each member's private notes are kept apart ({@link MeetingService#privateNote}).
 *
 * @param organizerId who planned it (set by the service)
 * @param loggedById who recorded it as held (set by the service)
 * @param location where: a room, or the link of an online meeting (since 1.3)
 */
public record Meeting(String id, long version, MeetingKind kind, Instant startsAt, int minutes, MeetingMode mode,
        String agenda, MeetingStatus status, String sharedNotes, String nextSteps, String organizerId,
        String loggedById, String location) {

    /** A meeting without a location (the shape before 1.3). */
    public Meeting(String id, long version, MeetingKind kind, Instant startsAt, int minutes, MeetingMode mode,
            String agenda, MeetingStatus status, String sharedNotes, String nextSteps, String organizerId,
            String loggedById) {
        this(id, version, kind, startsAt, minutes, mode, agenda, status, sharedNotes, nextSteps, organizerId,
                loggedById, null);
    }
}
