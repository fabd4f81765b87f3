package org.tandem.model;

/** How mentors and mentees are arranged in a program's relationships (seeds 001, 002, 004). */
public enum MentoringModel {
    /** One mentee, one mentor: the traditional pairing. */
    ONE_TO_ONE,
    /** One mentee with a team of mentors, each with a role (a developmental network). */
    TEAM,
    /** A few mentors with a larger cohort of mentees. */
    GROUP,
    /** People at a similar career stage supporting each other. */
    PEER,
    /** Two or more people who each mentor and are mentored by the others. */
    CO_MENTORING
}
