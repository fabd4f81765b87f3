package org.tandem.workflow.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** A relationship's Individual Development Plan in its current iteration: its text and its SMART goals. */
@ProviderType
public interface PlanService {

    List<SmartGoal> goals(String relationshipId);

    /** The plan's text in the current iteration (version 0 and empty if nobody wrote it yet). */
    DevelopmentPlan plan(String relationshipId);

    /**
     * Saves the plan's text at the version the actor read. The mentee (or a peer) writes the
     * self-assessment and goals, a mentor the comments; each part is kept from what the other wrote.
     */
    DevelopmentPlan savePlan(String relationshipId, Actor actor, DevelopmentPlan plan);

    /**
     * Adds a goal (its id and version are assigned). Members only; while Negotiating, Enabling or
     * Closing (where each goal gets its outcome as its status).
     */
    SmartGoal addGoal(String relationshipId, Actor actor, SmartGoal goal);

    /** Changes a goal, e.g. its progress, at the version the actor read. */
    SmartGoal updateGoal(String relationshipId, Actor actor, SmartGoal goal);
}
