package org.tandem.workflow.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The SMART goals of a relationship's Individual Development Plan, in its current iteration. */
@ProviderType
public interface PlanService {

    List<SmartGoal> goals(String relationshipId);

    /**
     * Adds a goal (its id and version are assigned). Members only; while Negotiating, Enabling or
     * Closing (where each goal gets its outcome as its status).
     */
    SmartGoal addGoal(String relationshipId, Actor actor, SmartGoal goal);

    /** Changes a goal, e.g. its progress, at the version the actor read. */
    SmartGoal updateGoal(String relationshipId, Actor actor, SmartGoal goal);
}
