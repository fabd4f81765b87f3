package org.tandem.lti.internal.launch;

/** What a launch may do in Tandem, derived from LIS roles (lti-security.md, role mapping). */
public enum ToolRole {
    /** Administers Tandem for the whole institution (an LMS administrator). */
    TENANT_ADMIN,
    /** Coordinates the program of the launching course (a teacher). */
    PROGRAM_COORDINATOR,
    /** May be assigned as a mentor in the tool (a TA, or a link that says so); never a parent observer. */
    MENTOR_CANDIDATE,
    /** Takes part as a mentee (a student). */
    MENTEE,
    /** The platform's test account: kept out of matching and reports. */
    TEST_USER
}
