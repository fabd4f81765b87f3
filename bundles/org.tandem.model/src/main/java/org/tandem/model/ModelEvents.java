package org.tandem.model;

/**
 * Event Admin topics the core posts (asynchronously, after the change is committed), and their
 * properties: strings only, so that this package needs no OSGi. Notifications subscribe to them.
 *
 * @since 1.5
 */
public final class ModelEvents {
    /**
     * A relationship was made (by a coordinator, a self-match or a published matching run): its members
     * were paired. Properties: relationshipId, programId.
     */
    public static final String RELATIONSHIP_CREATED = "org/tandem/model/RELATIONSHIP_CREATED";
    public static final String RELATIONSHIP = "relationshipId";
    public static final String PROGRAM = "programId";

    private ModelEvents() {
    }
}
