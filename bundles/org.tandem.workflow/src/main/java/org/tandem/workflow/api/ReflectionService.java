package org.tandem.workflow.api;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Closing reflections of the current iteration, written while Closing. Each member writes their own;
 * the members of the relationship read them.
 */
@ProviderType
public interface ReflectionService {

    /** Stores (or replaces) the actor's reflection. */
    void reflect(String relationshipId, Actor actor, Reflection reflection);

    /** The reflections written so far, by person id; for members of the relationship only. */
    Map<String, Reflection> reflections(String relationshipId, Actor actor);
}
