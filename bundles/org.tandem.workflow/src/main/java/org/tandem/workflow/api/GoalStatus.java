package org.tandem.workflow.api;

/** Where a SMART goal stands; set to an outcome when the relationship closes. */
public enum GoalStatus {
    OPEN,
    ACHIEVED,
    PARTLY_ACHIEVED,
    NOT_ACHIEVED,
    DROPPED
}
