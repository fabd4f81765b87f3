package org.tandem.matching.internal.score;

/** What a mentee–mentor pair is scored on; an administrator weighs each per program. */
public enum Criterion {
    /** Shared research areas and goals: the mentee's areas and development needs against the mentor's areas. */
    GOALS(30),
    /** The mentor a step or two further in their career: the gap that mentors best. */
    CAREER_STAGE(15),
    /** Values both hold. */
    VALUES(15),
    /** How they like to work. */
    WORK_STYLE(5),
    /** Time slots both have free. */
    AVAILABILITY(15),
    /** The kind of mentoring the mentee needs in this slot, offered by the mentor. */
    ROLE(10),
    /** A language both speak. */
    LANGUAGE(5),
    /** Either asked for the other (opt-in). */
    PREFERENCE(5);

    private final int defaultWeight;

    Criterion(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public int defaultWeight() {
        return defaultWeight;
    }
}
