package org.tandem.model;

/** Where a person is in their career; used for matching and reporting. */
public enum CareerStage {
    UNDERGRADUATE,
    GRADUATE_STUDENT,
    POSTDOC,
    EARLY_CAREER_FACULTY,
    MID_CAREER_FACULTY,
    SENIOR_FACULTY,
    STAFF,
    PROFESSIONAL,
    OTHER
}
