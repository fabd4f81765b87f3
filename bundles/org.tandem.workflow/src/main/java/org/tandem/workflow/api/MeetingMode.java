package org.tandem.workflow.api;

/** How the parties meet (seed 004: choose the right channel). */
public enum MeetingMode {
    IN_PERSON,
    VIDEO,
    PHONE,
    MIXED
}
