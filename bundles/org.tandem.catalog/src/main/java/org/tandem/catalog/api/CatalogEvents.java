package org.tandem.catalog.api;

/**
 * Event Admin topics the catalog posts (asynchronously, after the change is committed). The LTI
 * feature turns completions of required training into gradebook scores without knowing the catalog.
 */
public final class CatalogEvents {
    /**
     * A person completed a course (self-reported, verified, or from the LMS). Properties: all below;
     * {@link #PROGRAMS} lists the programs whose requirement this completion meets.
     */
    public static final String COMPLETED = "org/tandem/catalog/COMPLETED";

    /**
     * A member of a relationship that just entered Negotiating has not yet done a course the program
     * requires before Enabling (one event per person and course; since 1.1). Properties: {@link #PERSON},
     * {@link #COURSE}, {@link #COURSE_TITLE}, {@link #RELATIONSHIP}, {@link #PROGRAM}.
     */
    public static final String TRAINING_REQUIRED = "org/tandem/catalog/TRAINING_REQUIRED";

    /**
     * A person's completion of a course lapses soon and they have not renewed it (one event per
     * completion; since 1.2). Properties: {@link #PERSON}, {@link #COURSE}, {@link #COURSE_TITLE},
     * {@link #EXPIRES_ON}.
     */
    public static final String TRAINING_EXPIRING = "org/tandem/catalog/TRAINING_EXPIRING";

    public static final String PERSON = "personId";
    public static final String RELATIONSHIP = "relationshipId";
    public static final String PROGRAM = "programId";
    public static final String COURSE = "courseId";
    public static final String COURSE_KEY = "courseKey";
    public static final String COURSE_TITLE = "courseTitle";
    public static final String STATUS = "status";
    /** The day a completion lapses, ISO-8601 ({@code 2027-01-31}). */
    public static final String EXPIRES_ON = "expiresOn";
    /** A {@code String[]} of program ids. */
    public static final String PROGRAMS = "programIds";

    private CatalogEvents() {
    }
}
