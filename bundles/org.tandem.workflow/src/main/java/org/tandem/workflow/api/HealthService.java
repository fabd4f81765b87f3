package org.tandem.workflow.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Relationship health, for the members of a relationship and for program administrators. */
@ProviderType
public interface HealthService {

    RelationshipHealth health(String relationshipId, Actor actor);

    /** Every relationship of a program, for its administrators. */
    List<RelationshipHealth> programHealth(String programId, Actor actor);
}
