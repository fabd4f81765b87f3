package org.tandem.catalog.internal;

import java.time.LocalDate;

/**
 * A person's completion of a course: reported by themself, verified by an administrator, or received
 * from the LMS; it lapses on {@code expiresOn} when the course must be renewed.
 */
public record Completion(String id, long version, String personId, String courseId, LocalDate completedOn,
        String evidence, Status status, String recordedBy, String verifiedBy, LocalDate expiresOn) {

    public enum Status { SELF_REPORTED, VERIFIED, FROM_LMS }

    public boolean validOn(LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }

    public boolean verified() {
        return status != Status.SELF_REPORTED;
    }
}
