package org.tandem.model;

import java.util.Objects;

/**
 * A person taking part in a program, and in which capacities. The learning platform decides who
 * coordinates and who is a mentee (from course roles, at each launch and roster sync); whether someone
 * may mentor is decided in Tandem (or seeded from the platform), so a later launch never takes it away.
 *
 * @param coordinator administers the program (a course's teacher)
 * @param mentee takes part as a mentee (a course's student)
 * @param mentor may be assigned as a mentor
 * @param testUser the platform's test account: left out of matching and reports
 * @param active still a member of the course (false once a roster sync no longer lists them)
 * @param source where the participation was last confirmed: {@code launch}, {@code roster} or {@code manual}
 * @param platformRoles the course roles the platform last sent, as it named them (e.g. {@code Mentor,
 *        Learner}), so that a coordinator can place someone Tandem gave no capacity; null when unknown
 */
public record Participant(String programId, String personId, boolean coordinator, boolean mentee, boolean mentor,
        boolean testUser, boolean active, String source, String platformRoles) {
    public Participant {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(source, "source");
    }

    /** A participation without the platform's roles (model 1.3 callers). */
    public Participant(String programId, String personId, boolean coordinator, boolean mentee, boolean mentor,
            boolean testUser, boolean active, String source) {
        this(programId, personId, coordinator, mentee, mentor, testUser, active, source, null);
    }

    /** Whether Tandem gave this person any capacity in the program; an unplaced one sees nothing of it. */
    public boolean placed() {
        return coordinator || mentee || mentor;
    }
}
