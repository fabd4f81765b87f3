package org.tandem.model;

/**
 * A person's place in a relationship.
 *
 * @param mentorRole the kind of support given; required for mentors and peers, absent for mentees
 */
public record Member(String personId, MemberRole role, MentorRole mentorRole) {
}
