package org.tandem.workflow.internal;

import static org.tandem.workflow.internal.Texts.TEXT;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.Checks;
import org.tandem.model.Feature;
import org.tandem.model.MemberRole;
import org.tandem.model.StaleVersionException;
import org.tandem.model.Validation;
import org.tandem.model.NotFoundException;
import org.tandem.storage.Database;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.DevelopmentPlan;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.PlanService;
import org.tandem.workflow.api.SmartGoal;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.workflow.api.WorkflowState;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/** The SMART goals of the development plan, for the relationship's current iteration. */
@Component(property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
public class PlanComponent implements PlanService {
    private static final String MEMBERS_ONLY = "access.plan";
    private final Database db;
    private final WorkflowService workflow;

    @Activate
    public PlanComponent(@Reference Database db, @Reference WorkflowService workflow) {
        this.db = db;
        this.workflow = workflow;
    }

    @Override
    public List<SmartGoal> goals(String relationshipId) {
        WorkflowState s = workflow.state(relationshipId);
        return db.inTransaction(c -> GoalStore.goals(c, relationshipId, s.iteration()));
    }

    @Override
    public DevelopmentPlan plan(String relationshipId) {
        WorkflowState s = workflow.state(relationshipId);
        return db.inTransaction(c -> PlanStore.plan(c, relationshipId, s.iteration()));
    }

    @Override
    public DevelopmentPlan savePlan(String relationshipId, Actor actor, DevelopmentPlan plan) {
        WorkflowState s = editable(relationshipId, actor);
        MemberRole role = Access.member(s, actor, MEMBERS_ONLY);
        new Checks().text("selfAssessment", plan.selfAssessment(), 8000, false)
                .text("shortTermGoals", plan.shortTermGoals(), Validation.TEXT_MAX, false)
                .text("longTermGoals", plan.longTermGoals(), Validation.TEXT_MAX, false)
                .text("mentorComments", plan.mentorComments(), 8000, false).orThrow();
        return db.inTransaction(c -> {
            DevelopmentPlan stored = PlanStore.plan(c, relationshipId, s.iteration());
            if (stored.version() != plan.version()) {
                throw new StaleVersionException("development plan of relationship", relationshipId, plan.version(),
                        stored.version());
            }
            boolean mentor = role == MemberRole.MENTOR;
            DevelopmentPlan merged = new DevelopmentPlan(stored.version() + 1,
                    mentor ? stored.selfAssessment() : plan.selfAssessment(),
                    mentor ? stored.shortTermGoals() : plan.shortTermGoals(),
                    mentor ? stored.longTermGoals() : plan.longTermGoals(),
                    mentor || role == MemberRole.PEER ? plan.mentorComments() : stored.mentorComments());
            PlanStore.save(c, relationshipId, s.iteration(), merged);
            return merged;
        });
    }

    @Override
    public SmartGoal addGoal(String relationshipId, Actor actor, SmartGoal goal) {
        WorkflowState s = editable(relationshipId, actor);
        GoalChecks.check(goal, s);
        return db.inTransaction(c -> GoalStore.insert(c, relationshipId, s.iteration(), goal));
    }

    @Override
    public SmartGoal updateGoal(String relationshipId, Actor actor, SmartGoal goal) {
        WorkflowState s = editable(relationshipId, actor);
        GoalChecks.check(goal, s);
        return db.inTransaction(c -> {
            if (GoalStore.goals(c, relationshipId, s.iteration()).stream().noneMatch(g -> g.id().equals(goal.id()))) {
                throw new NotFoundException("goal", goal.id());
            }
            return GoalStore.update(c, relationshipId, goal);
        });
    }

    private WorkflowState editable(String relationshipId, Actor actor) {
        WorkflowState s = workflow.state(relationshipId);
        Access.member(s, actor, MEMBERS_ONLY);
        Access.phase(s, "plan", Phase.NEGOTIATING, Phase.ENABLING, Phase.CLOSING);
        return s;
    }
}
