package org.tandem.workflow.api;

/**
 * Event Admin topics the workflow posts (asynchronously, after the change is committed), and their
 * properties. Notifications, feedback schedules and analytics subscribe without the workflow knowing.
 */
public final class WorkflowEvents {
    /** A relationship moved between phases. Properties: all below. */
    public static final String TRANSITIONED = "org/tandem/workflow/TRANSITIONED";
    /** A member completed or updated their preparation form. Properties: relationship, program, person. */
    public static final String PREPARED = "org/tandem/workflow/PREPARED";
    /** A mentor accepted the relationship. Properties: relationship, program, person. */
    public static final String ACCEPTED = "org/tandem/workflow/ACCEPTED";
    /** A meeting was logged as held. Properties: relationship, program, person (who logged it), meetingId. */
    public static final String MEETING_HELD = "org/tandem/workflow/MEETING_HELD";
    /** A member raised a challenge. Properties: relationship, program, person. */
    public static final String CHALLENGE_RAISED = "org/tandem/workflow/CHALLENGE_RAISED";

    /**
     * A meeting was planned (also one logged as already held). Properties: relationship, program, person (who
     * planned it), meetingId, startsAt (epoch milliseconds), minutes, mode, status, sequence (its version).
     *
     * @since 1.2
     */
    public static final String MEETING_PLANNED = "org/tandem/workflow/MEETING_PLANNED";
    /** A planned meeting was moved or changed; same properties as {@link #MEETING_PLANNED}. @since 1.2 */
    public static final String MEETING_CHANGED = "org/tandem/workflow/MEETING_CHANGED";
    /** A planned meeting was called off; same properties as {@link #MEETING_PLANNED}. @since 1.2 */
    public static final String MEETING_CANCELLED = "org/tandem/workflow/MEETING_CANCELLED";
    /**
     * A revision of the agreement was written (the first draft or an amendment) and waits for signatures.
     * Properties: relationship, program, person (its author), revision, iteration.
     *
     * @since 1.2
     */
    public static final String AGREEMENT_WRITTEN = "org/tandem/workflow/AGREEMENT_WRITTEN";
    /**
     * A member signed the current revision. Properties: relationship, program, person (who signed), revision,
     * iteration, complete (true once every member signed).
     *
     * @since 1.2
     */
    public static final String AGREEMENT_SIGNED = "org/tandem/workflow/AGREEMENT_SIGNED";

    public static final String RELATIONSHIP = "relationshipId";
    public static final String PROGRAM = "programId";
    public static final String PERSON = "personId";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String ITERATION = "iteration";
    public static final String REASON = "reason";
    public static final String MEETING = "meetingId";
    /** @since 1.2 */
    public static final String STARTS_AT = "startsAt";
    /** @since 1.2 */
    public static final String MINUTES = "minutes";
    /** @since 1.2 */
    public static final String MODE = "mode";
    /** Where a meeting takes place (a room or an online link), when given; since 1.3. */
    public static final String LOCATION = "location";
    /** @since 1.2 */
    public static final String SEQUENCE = "sequence";
    /** A meeting's status: PLANNED, HELD or CANCELLED. @since 1.2 */
    public static final String STATUS = "status";
    /** @since 1.2 */
    public static final String REVISION = "revision";
    /** @since 1.2 */
    public static final String COMPLETE = "complete";

    private WorkflowEvents() {
    }
}
