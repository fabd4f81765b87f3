package org.tandem.workflow.internal;

import static org.tandem.workflow.internal.Texts.TEXT;

import java.sql.Types;
import java.util.Map;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.Checks;
import org.tandem.model.Feature;
import org.tandem.model.Validation;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.Reflection;
import org.tandem.workflow.api.ReflectionService;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.workflow.api.WorkflowState;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/** Closing reflections, one per member and iteration. */
@Component(property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
public class ReflectionComponent implements ReflectionService {
    private final Database db;
    private final WorkflowService workflow;

    @Activate
    public ReflectionComponent(@Reference Database db, @Reference WorkflowService workflow) {
        this.db = db;
        this.workflow = workflow;
    }

    @Override
    public void reflect(String relationshipId, Actor actor, Reflection r) {
        WorkflowState s = workflow.state(relationshipId);
        Access.member(s, actor, "access.reflection");
        Access.phase(s, "reflections", Phase.CLOSING);
        new Checks().text("reflection", r.reflection(), Validation.TEXT_MAX, true)
                .text("whatWorked", r.whatWorked(), Validation.TEXT_MAX, false)
                .text("whatToChange", r.whatToChange(), Validation.TEXT_MAX, false).orThrow();
        db.inTransaction(c -> {
            Sql.update(c, "DELETE FROM closing_reflections WHERE relationship_id = ? AND iteration = ?"
                    + " AND person_id = ?", relationshipId, s.iteration(), actor.personId());
            return Sql.update(c, "INSERT INTO closing_reflections (relationship_id, iteration, person_id, what_worked,"
                    + " what_to_change, reflection, would_recommend, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    relationshipId, s.iteration(), actor.personId(), r.whatWorked(), r.whatToChange(), r.reflection(),
                    r.wouldRecommend() == null ? new Sql.Null(Types.BOOLEAN) : r.wouldRecommend(),
                    Sql.now());
        });
    }

    @Override
    public Map<String, Reflection> reflections(String relationshipId, Actor actor) {
        WorkflowState s = workflow.state(relationshipId);
        Access.member(s, actor, "access.reflections-read");
        return db.inTransaction(c -> Sql.query(c, "SELECT * FROM closing_reflections WHERE relationship_id = ?"
                + " AND iteration = ?", rs -> {
                    boolean recommend = rs.getBoolean("would_recommend");
                    Boolean answered = rs.wasNull() ? null : recommend;
                    return Map.entry(rs.getString("person_id"), new Reflection(rs.getString("what_worked"),
                            rs.getString("what_to_change"), rs.getString("reflection"), answered));
                }, relationshipId, s.iteration()).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
