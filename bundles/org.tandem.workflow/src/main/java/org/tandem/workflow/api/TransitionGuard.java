package org.tandem.workflow.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A condition another bundle adds to a transition, registered as a service (for example the catalog's
 * "mentors completed the required training before Enabling"). A guard that disappears with its
 * bundle stops applying at once.
 */
@ConsumerType
public interface TransitionGuard {

    /**
     * What this guard finds missing for moving {@code state} to {@code to}; empty if nothing.
     * Must not change anything and should answer quickly: it runs on every check.
     */
    List<Condition> unmet(WorkflowState state, Phase to, Actor actor);
}
