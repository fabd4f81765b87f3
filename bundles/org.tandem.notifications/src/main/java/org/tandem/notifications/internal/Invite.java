package org.tandem.notifications.internal;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as a calendar sees it.
 *
 * @param cancelled whether this invitation calls the meeting off (METHOD:CANCEL)
 * @param attendees every member, the organizer included
 * @param location a room or an online link, or null
 */
public record Invite(String meetingId, int sequence, boolean cancelled, Instant startsAt, int minutes, String mode,
        String summary, Attendee organizer, List<Attendee> attendees, String location) {

    /** A person in an invitation: a name and, if known, an address. */
    public record Attendee(String name, String email) {
    }
}
