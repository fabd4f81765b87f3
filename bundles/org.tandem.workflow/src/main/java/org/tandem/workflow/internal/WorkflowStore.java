package org.tandem.workflow.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tandem.storage.Sql;
import org.tandem.storage.Versions;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.PreparationForm;
import org.tandem.workflow.api.Transition;

/** The workflow's rows, read and written inside the caller's transaction. */
final class WorkflowStore {
    /** A relationship's phase, iteration and version. */
    record Row(Phase phase, int iteration, long version) {
    }

    private WorkflowStore() {
    }

    /** The state row; a relationship without one is in its first iteration of PREPARING (version 0). */
    static Row row(Connection c, String relationshipId) throws SQLException {
        Optional<Row> row = Sql.one(c, "SELECT phase, iteration, version FROM workflow_states WHERE relationship_id = ?",
                rs -> new Row(Phase.valueOf(rs.getString(1)), rs.getInt(2), rs.getLong(3)), relationshipId);
        return row.isPresent() ? row.get() : new Row(Phase.PREPARING, 1, 0);
    }

    static void move(Connection c, String relationshipId, Row from, Row to, Transition t) throws SQLException {
        if (from.version() == 0) { // first move: two nodes racing here clash on the primary key
            Sql.update(c, "INSERT INTO workflow_states (relationship_id, version, phase, iteration, updated_at)"
                    + " VALUES (?, 1, ?, ?, ?)", relationshipId, to.phase().name(), to.iteration(), Sql.now());
        } else {
            int changed = Sql.update(c, "UPDATE workflow_states SET phase = ?, iteration = ?, updated_at = ?,"
                    + " version = version + 1 WHERE relationship_id = ? AND version = ?", to.phase().name(),
                    to.iteration(), Sql.now(), relationshipId, from.version());
            Versions.expectOne(changed, c, "workflow_states", "relationship_id", "workflow of relationship",
                    relationshipId, from.version());
        }
        long seq = Sql.count(c, "SELECT COUNT(*) FROM workflow_transitions WHERE relationship_id = ?", relationshipId);
        Sql.update(c, "INSERT INTO workflow_transitions (relationship_id, seq, iteration, from_phase, to_phase,"
                + " actor_id, by_admin, reason, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", relationshipId,
                (int) seq + 1, t.iteration(), t.from().name(), t.to().name(), t.actorId(), t.byAdmin(), t.reason(),
                Timestamp.from(t.at()));
    }

    static List<Transition> history(Connection c, String relationshipId) throws SQLException {
        return Sql.query(c, "SELECT * FROM workflow_transitions WHERE relationship_id = ? ORDER BY seq",
                rs -> new Transition(relationshipId, rs.getInt("iteration"), Phase.valueOf(rs.getString("from_phase")),
                        Phase.valueOf(rs.getString("to_phase")), rs.getString("actor_id"), rs.getBoolean("by_admin"),
                        rs.getString("reason"), rs.getTimestamp("occurred_at").toInstant()), relationshipId);
    }

    static Set<String> people(Connection c, String table, String relationshipId) throws SQLException {
        return new HashSet<>(Sql.query(c, "SELECT person_id FROM " + table + " WHERE relationship_id = ?",
                rs -> rs.getString(1), relationshipId));
    }

    static Set<String> reflected(Connection c, String relationshipId, int iteration) throws SQLException {
        return new HashSet<>(Sql.query(c, "SELECT person_id FROM closing_reflections WHERE relationship_id = ?"
                + " AND iteration = ?", rs -> rs.getString(1), relationshipId, iteration));
    }

    static void savePreparation(Connection c, String relationshipId, String personId, PreparationForm f)
            throws SQLException {
        Sql.update(c, "DELETE FROM preparation_forms WHERE relationship_id = ? AND person_id = ?", relationshipId,
                personId);
        Sql.update(c, "INSERT INTO preparation_forms (relationship_id, person_id, values_text, work_style,"
                + " short_term_goals, long_term_goals, development_needs, objectives, offers, capacity,"
                + " preferred_style, fit_rating, fit_notes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                relationshipId, personId, f.values(), f.workStyle(), f.shortTermGoals(), f.longTermGoals(),
                f.developmentNeeds(), f.objectives(), f.offers(), Sql.integer(f.capacity()), f.preferredStyle(),
                Sql.integer(f.fitRating()), f.fitNotes(), Sql.now());
    }

    static Optional<PreparationForm> preparation(Connection c, String relationshipId, String personId)
            throws SQLException {
        return Sql.one(c, "SELECT * FROM preparation_forms WHERE relationship_id = ? AND person_id = ?",
                WorkflowStore::form, relationshipId, personId);
    }

    private static PreparationForm form(ResultSet rs) throws SQLException {
        return new PreparationForm(rs.getString("values_text"), rs.getString("work_style"),
                rs.getString("short_term_goals"), rs.getString("long_term_goals"), rs.getString("development_needs"),
                rs.getString("objectives"), rs.getString("offers"), Sql.integer(rs, "capacity"),
                rs.getString("preferred_style"), Sql.integer(rs, "fit_rating"), rs.getString("fit_notes"));
    }

    /** Records a mentor's acceptance once; accepting again changes nothing. */
    static void accept(Connection c, String relationshipId, String personId) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM mentor_acceptances WHERE relationship_id = ? AND person_id = ?",
                relationshipId, personId) == 0) {
            Sql.update(c, "INSERT INTO mentor_acceptances (relationship_id, person_id, accepted_at) VALUES (?, ?, ?)",
                    relationshipId, personId, Sql.now());
        }
    }
}
