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

    public static final String RELATIONSHIP = "relationshipId";
    public static final String PROGRAM = "programId";
    public static final String PERSON = "personId";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String ITERATION = "iteration";
    public static final String REASON = "reason";
    public static final String MEETING = "meetingId";

    private WorkflowEvents() {
    }
}
