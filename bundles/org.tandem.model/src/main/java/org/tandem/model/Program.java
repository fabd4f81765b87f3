package org.tandem.model;

import java.time.LocalDate;

/**
 * A mentoring program (a cohort): its model, whether it is formal, and when it runs.
 *
 * @param id null until stored
 * @param version the optimistic-locking version; 0 until stored
 */
public record Program(String id, long version, String name, String description, MentoringModel model,
        boolean formal, LocalDate startsOn, LocalDate endsOn) {

    /** A copy with the identity the store assigned. */
    public Program withIdentity(String newId, long newVersion) {
        return new Program(newId, newVersion, name, description, model, formal, startsOn, endsOn);
    }
}
