package org.tandem.feedback.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How far a program's people are with the feedback asked of them, as counts only (since 1.1): a
 * coordinator's weekly summary says how many answers are outstanding without naming anyone.
 */
@ProviderType
public interface FeedbackProgress {
    /**
     * Posted (and journaled with the answer) when a person submits a form. Properties: {@code formId},
     * {@code personId}, {@code programId}.
     */
    String SUBMITTED = "org/tandem/feedback/SUBMITTED";

    /** Answers still owed on the program's open forms: one per recipient who has not submitted. */
    int outstanding(String programId);
}
