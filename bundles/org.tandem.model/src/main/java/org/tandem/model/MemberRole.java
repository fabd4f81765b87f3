package org.tandem.model;

/** The part a person plays in one relationship. */
public enum MemberRole {
    MENTEE,
    MENTOR,
    /** A peer or co-mentor: gives and receives mentoring in the same relationship. */
    PEER
}
