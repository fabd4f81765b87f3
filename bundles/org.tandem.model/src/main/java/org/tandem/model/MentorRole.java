package org.tandem.model;

/** What kind of support a mentor gives in a relationship (seeds 001, 004). */
public enum MentorRole {
    /** Career-enhancing: guidance, opportunities, advocacy, fostering independence. */
    CAREER,
    /** Psychosocial: professional identity, role modelling, encouragement. */
    PSYCHOSOCIAL,
    /** Research guidance and skills. */
    RESEARCH,
    /** Mutual support between people at a similar stage. */
    PEER,
    /** Broad mentoring without a declared focus. */
    GENERAL
}
