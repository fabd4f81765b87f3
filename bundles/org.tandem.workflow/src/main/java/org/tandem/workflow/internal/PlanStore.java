package org.tandem.workflow.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.tandem.model.StaleVersionException;
import org.tandem.storage.Sql;
import org.tandem.workflow.api.DevelopmentPlan;

/** The development plan's text, one row per relationship and iteration. */
final class PlanStore {
    private PlanStore() {
    }

    static DevelopmentPlan plan(Connection c, String relationshipId, int iteration) throws SQLException {
        return Sql.one(c, "SELECT * FROM development_plans WHERE relationship_id = ? AND iteration = ?",
                rs -> new DevelopmentPlan(rs.getLong("version"), rs.getString("self_assessment"),
                        rs.getString("short_term_goals"), rs.getString("long_term_goals"),
                        rs.getString("mentor_comments")), relationshipId, iteration)
                .orElse(new DevelopmentPlan(0, null, null, null, null));
    }

    /**
     * Stores the plan at {@code plan.version()}, replacing the version before it: an UPDATE that names
     * that version, or the first INSERT (two first saves at once clash on the key), so none is lost.
     */
    static void save(Connection c, String relationshipId, int iteration, DevelopmentPlan plan) throws SQLException {
        if (plan.version() == 1) {
            Sql.update(c, "INSERT INTO development_plans (relationship_id, iteration, version, self_assessment,"
                    + " short_term_goals, long_term_goals, mentor_comments, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?)",
                    relationshipId, iteration, plan.selfAssessment(), plan.shortTermGoals(), plan.longTermGoals(),
                    plan.mentorComments(), Sql.now());
            return;
        }
        int changed = Sql.update(c, "UPDATE development_plans SET version = ?, self_assessment = ?, short_term_goals = ?,"
                + " long_term_goals = ?, mentor_comments = ?, updated_at = ? WHERE relationship_id = ? AND iteration = ?"
                + " AND version = ?", plan.version(), plan.selfAssessment(), plan.shortTermGoals(),
                plan.longTermGoals(), plan.mentorComments(), Sql.now(), relationshipId, iteration, plan.version() - 1);
        if (changed != 1) {
            throw new StaleVersionException("development plan of relationship", relationshipId, plan.version() - 1,
                    plan(c, relationshipId, iteration).version());
        }
    }

    /** The next iteration starts from this plan's text (mentor comments start afresh). */
    static void carryForward(Connection c, String relationshipId, int from) throws SQLException {
        DevelopmentPlan p = plan(c, relationshipId, from);
        if (p.version() > 0) {
            save(c, relationshipId, from + 1, new DevelopmentPlan(1, p.selfAssessment(), p.shortTermGoals(),
                    p.longTermGoals(), null));
        }
    }
}
