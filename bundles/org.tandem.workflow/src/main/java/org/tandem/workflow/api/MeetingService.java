package org.tandem.workflow.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Meetings of a relationship: planned, then logged as held (posting {@link WorkflowEvents#MEETING_HELD})
 * or cancelled; and challenges raised and resolved. Members only, while Negotiating, Enabling or
 * Closing. Private notes are visible to their author and nobody else: not the other members, not
 * program administrators.
 */
@ProviderType
public interface MeetingService {

    /**
     * The meetings held per relationship and month in a program, for an actor who administers it (counts
     * only, so it reveals nothing a member wrote), ordered by relationship and month.
     *
     * @since 1.1
     */
    List<MeetingCount> heldPerMonth(String programId, Actor programAdmin);

    /** The meetings of the current iteration, earliest first. */
    List<Meeting> meetings(String relationshipId, Actor actor);

    /** Plans a meeting, or logs one that already took place (status HELD). */
    Meeting plan(String relationshipId, Actor actor, Meeting meeting);

    /** Changes a meeting at the version the actor read: reschedule, log as held with notes, cancel. */
    Meeting update(String relationshipId, Actor actor, Meeting meeting);

    /** The actor's own private note on a meeting. */
    Optional<String> privateNote(String relationshipId, String meetingId, Actor actor);

    void writePrivateNote(String relationshipId, String meetingId, Actor actor, String note);

    List<Challenge> challenges(String relationshipId, Actor actor);

    Challenge raise(String relationshipId, Actor actor, String title, String description);

    /** Resolves a challenge at the version the actor read. */
    Challenge resolve(String relationshipId, Actor actor, String challengeId, long version, String resolution);
}
