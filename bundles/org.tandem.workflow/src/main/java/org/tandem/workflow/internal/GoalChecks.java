package org.tandem.workflow.internal;

import static org.tandem.workflow.internal.Texts.TEXT;

import org.tandem.model.Checks;
import org.tandem.model.Validation;
import org.tandem.workflow.api.SmartGoal;
import org.tandem.workflow.api.WorkflowState;

/** A goal is SMART: specific, measurable, achievable, relevant, time-bound; owned by a member. */
final class GoalChecks {
    private GoalChecks() {
    }

    static void check(SmartGoal g, WorkflowState s) {
        Checks c = new Checks().text("title", g.title(), Validation.NAME_MAX, true)
                .text("measure", g.measure(), Validation.TEXT_MAX, true)
                .text("actions", g.actions(), Validation.TEXT_MAX, false)
                .text("resources", g.resources(), Validation.TEXT_MAX, false)
                .text("relevance", g.relevance(), Validation.TEXT_MAX, false)
                .required("dueOn", g.dueOn())
                .required("ownerId", g.ownerId())
                .range("progress", g.progress(), 0, 100);
        if (g.ownerId() != null && !s.isMember(g.ownerId())) {
            c.fail("ownerId", TEXT.format("goal.owner-member"));
        }
        c.orThrow();
    }
}
