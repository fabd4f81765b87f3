package org.tandem.workflow.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Moves relationships through their phases. A relationship starts in {@link Phase#PREPARING} when it
 * is first looked at. Every change names its {@link Actor}; only members of the relationship and
 * administrators of its program may act, and only members fill in their own forms.
 *
 * @throws org.tandem.model.NotFoundException if the relationship does not exist
 * @throws org.tandem.model.ForbiddenException if the actor may not do this
 */
@ProviderType
public interface WorkflowService {

    WorkflowState state(String relationshipId);

    /** Every transition so far, oldest first. */
    List<Transition> history(String relationshipId);

    /** What is still missing for moving to {@code to}: built-in conditions and every guard's. */
    List<Condition> unmet(String relationshipId, Phase to, Actor actor);

    /**
     * Moves the relationship to {@code to} if every condition holds, records the transition and posts
     * {@link WorkflowEvents#TRANSITIONED}. Moving from {@link Phase#CLOSING} back to
     * {@link Phase#NEGOTIATING} starts the next iteration.
     *
     * @param expectedVersion the workflow state's version the actor saw
     * @throws TransitionRefusedException listing every unmet condition; nothing changed
     * @throws org.tandem.model.StaleVersionException if the state moved on meanwhile
     */
    WorkflowState transition(String relationshipId, Phase to, Actor actor, String reason, long expectedVersion);

    /** Stores the actor's own preparation form (they must be a member), replacing an earlier one. */
    void prepare(String relationshipId, Actor actor, PreparationForm form);

    Optional<PreparationForm> preparation(String relationshipId, String personId);

    /** Records that the actor, a mentor of the relationship, accepts it. */
    void accept(String relationshipId, Actor actor);
}
