package org.tandem.workflow.internal;

/** The reference target every workflow component requires: switching the feature off removes them all. */
public final class WorkflowFeature {
    public static final String ON = "(tandem.feature=workflow)";

    private WorkflowFeature() {
    }
}
