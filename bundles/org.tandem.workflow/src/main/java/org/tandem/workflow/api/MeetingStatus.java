package org.tandem.workflow.api;

/** Whether a meeting is still ahead, took place, or was called off. */
public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED
}
