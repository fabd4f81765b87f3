package org.tandem.lti.api;

/**
 * Event Admin topics the LTI feature posts (asynchronously, after the launch is stored). Other
 * features react by topic, e.g. the catalog records a course completion the LMS confirms.
 */
public final class LtiEvents {
    /**
     * A person opened Tandem from their LMS. Properties: {@link #PERSON}, {@link #TENANT}, {@link #ROLES}
     * (a {@code String[]} of tool roles), {@link #PROGRAM} when the launch came from a course, and each
     * custom parameter of the link as {@code custom.<name>} (text).
     */
    public static final String LAUNCHED = "org/tandem/lti/LAUNCHED";

    public static final String PERSON = "personId";
    public static final String TENANT = "tenant";
    public static final String PROGRAM = "programId";
    public static final String ROLES = "roles";
    public static final String CUSTOM_PREFIX = "custom.";

    private LtiEvents() {
    }
}
