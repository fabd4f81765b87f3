package org.tandem.catalog.internal;

/**
 * What a program asks of its mentors or mentees: a course required before a relationship may enter
 * Enabling, or only recommended.
 *
 * @param verifiedOnly whether only a completion an administrator verified counts
 */
public record Requirement(String id, String programId, String courseId, Course.Audience audience, Kind kind,
        boolean verifiedOnly) {

    public enum Kind { REQUIRED_BEFORE_ENABLING, RECOMMENDED }

    boolean concernsMentors() {
        return audience != Course.Audience.MENTEES;
    }

    boolean concernsMentees() {
        return audience != Course.Audience.MENTORS;
    }
}
