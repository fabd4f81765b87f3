package org.tandem.feedback.internal;

/** The reference target every feedback component requires: switching the feature off removes them all. */
public final class FeedbackFeature {
    public static final String ON = "(tandem.feature=feedback)";

    private FeedbackFeature() {
    }
}
