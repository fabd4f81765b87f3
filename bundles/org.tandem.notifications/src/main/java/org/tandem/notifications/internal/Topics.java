package org.tandem.notifications.internal;

/**
 * The Event Admin topics notifications react to, by name: the published contracts of the core,
 * workflow, feedback and catalog features. Named here rather than imported so that this feature needs only
 * the core: a feature that does not run posts nothing, and nothing else changes.
 */
public final class Topics {
    public static final String RELATIONSHIP_CREATED = "org/tandem/model/RELATIONSHIP_CREATED";
    public static final String TRANSITIONED = "org/tandem/workflow/TRANSITIONED";
    public static final String AGREEMENT_WRITTEN = "org/tandem/workflow/AGREEMENT_WRITTEN";
    public static final String AGREEMENT_SIGNED = "org/tandem/workflow/AGREEMENT_SIGNED";
    public static final String MEETING_PLANNED = "org/tandem/workflow/MEETING_PLANNED";
    public static final String MEETING_CHANGED = "org/tandem/workflow/MEETING_CHANGED";
    public static final String MEETING_CANCELLED = "org/tandem/workflow/MEETING_CANCELLED";
    public static final String FORM_OPENED = "org/tandem/feedback/OPENED";
    public static final String FORM_REMINDER = "org/tandem/feedback/REMINDER";
    public static final String FORM_SUBMITTED = "org/tandem/feedback/SUBMITTED";
    public static final String TRAINING_REQUIRED = "org/tandem/catalog/TRAINING_REQUIRED";
    public static final String TRAINING_EXPIRING = "org/tandem/catalog/TRAINING_EXPIRING";
    /** Not journaled: a lost one leaves a training deadline in a calendar feed, nothing more. */
    public static final String TRAINING_COMPLETED = "org/tandem/catalog/COMPLETED";

    private Topics() {
    }
}
