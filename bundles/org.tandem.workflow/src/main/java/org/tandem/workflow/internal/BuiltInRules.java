package org.tandem.workflow.internal;

import static org.tandem.workflow.internal.Texts.TEXT;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.model.MemberRole;
import org.tandem.rest.api.Messages;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.Condition;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.WorkflowState;

/**
 * The workflow's own conditions for each transition (issue 3): which moves exist at all, and what
 * each needs. Pure: decides on the state alone.
 */
final class BuiltInRules {
    /** The moves that exist; CLOSING to NEGOTIATING starts the next iteration. */
    static final Map<Phase, Set<Phase>> MOVES = Map.of(
            Phase.PREPARING, Set.of(Phase.NEGOTIATING),
            Phase.NEGOTIATING, Set.of(Phase.ENABLING),
            Phase.ENABLING, Set.of(Phase.CLOSING),
            Phase.CLOSING, Set.of(Phase.CLOSED, Phase.NEGOTIATING),
            Phase.CLOSED, Set.of());

    private BuiltInRules() {
    }

    static List<Condition> unmet(WorkflowState s, Phase to, Actor actor, String reason) {
        if (!MOVES.get(s.phase()).contains(to)) {
            return List.of(illegal(s.phase(), to));
        }
        List<Condition> missing = new ArrayList<>();
        switch (to) {
            case NEGOTIATING -> {
                if (s.phase() == Phase.PREPARING) {
                    preparationAndAcceptance(s, missing);
                } else {
                    reflections(s, missing);
                }
            }
            case ENABLING -> agreementAndGoals(s, missing);
            case CLOSING -> requireReason(reason, "condition.reason-missing.closing", missing);
            case CLOSED -> closing(s, actor, reason, missing);
            default -> missing.add(illegal(s.phase(), to));
        }
        return missing;
    }

    private static Condition illegal(Phase from, Phase to) {
        String allowed = Messages.anyOf(MOVES.get(from).stream().map(Enum::name).sorted()
                .map(p -> TEXT.format("phase", "phase", p)).toList());
        return new Condition("illegal-transition", TEXT.format("condition.illegal-transition", "from", from.name(),
                "to", to.name(), "moves", MOVES.get(from).size(), "allowed", allowed));
    }

    private static void preparationAndAcceptance(WorkflowState s, List<Condition> missing) {
        for (String member : s.allMembers()) {
            if (!s.prepared().contains(member)) {
                missing.add(new Condition("preparation-missing", TEXT.format("condition.preparation-missing",
                        "name", s.nameOf(member))));
            }
        }
        for (String mentor : s.members(MemberRole.MENTOR)) {
            if (!s.accepted().contains(mentor)) {
                missing.add(new Condition("acceptance-missing", TEXT.format("condition.acceptance-missing",
                        "name", s.nameOf(mentor))));
            }
        }
    }

    private static void agreementAndGoals(WorkflowState s, List<Condition> missing) {
        if (!s.agreementSignedByAll()) {
            missing.add(new Condition("agreement-unsigned", TEXT.format("condition.agreement-unsigned")));
        }
        if (s.smartGoals() < 1) {
            missing.add(new Condition("smart-goal-missing", TEXT.format("condition.smart-goal-missing")));
        }
    }

    private static void reflections(WorkflowState s, List<Condition> missing) {
        for (String member : s.allMembers()) {
            if (!s.reflected().contains(member)) {
                missing.add(new Condition("reflection-missing", TEXT.format("condition.reflection-missing",
                        "name", s.nameOf(member))));
            }
        }
    }

    /**
     * Closing needs every reflection and an outcome for every goal, unless a program admin closes the
     * relationship with a reason.
     */
    private static void closing(WorkflowState s, Actor actor, String reason, List<Condition> missing) {
        if (actor.programAdmin() && !s.isMember(actor.personId())) {
            requireReason(reason, "condition.reason-missing.admin", missing);
            return;
        }
        reflections(s, missing);
        if (s.openGoals() > 0) {
            missing.add(new Condition("goal-outcome-missing", TEXT.format("condition.goal-outcome-missing",
                    "n", s.openGoals())));
        }
    }

    private static void requireReason(String reason, String messageKey, List<Condition> missing) {
        if (reason == null || reason.isBlank()) {
            missing.add(new Condition("reason-missing", TEXT.format(messageKey)));
        }
    }
}
