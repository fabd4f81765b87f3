package org.tandem.workflow.api;

/** A regular meeting, or the mid-point review the agreement schedules. */
public enum MeetingKind {
    REGULAR,
    MIDPOINT_REVIEW
}
