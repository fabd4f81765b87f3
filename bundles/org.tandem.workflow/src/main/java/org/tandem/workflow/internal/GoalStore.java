package org.tandem.workflow.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.tandem.storage.Sql;
import org.tandem.storage.Versions;
import org.tandem.workflow.api.GoalStatus;
import org.tandem.workflow.api.SmartGoal;

/** SMART goals, inside the caller's transaction. */
final class GoalStore {
    private static final String COLUMNS = "id, version, title, measure, actions, resources, relevance, owner_id,"
            + " due_on, progress, status";

    private GoalStore() {
    }

    static List<SmartGoal> goals(Connection c, String relationshipId, int iteration) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM smart_goals WHERE relationship_id = ? AND iteration = ?"
                + " ORDER BY due_on, created_at, id", GoalStore::map, relationshipId, iteration);
    }

    static long countActive(Connection c, String relationshipId, int iteration) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM smart_goals WHERE relationship_id = ? AND iteration = ?"
                + " AND status <> 'DROPPED'", relationshipId, iteration);
    }

    static long countOpen(Connection c, String relationshipId, int iteration) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM smart_goals WHERE relationship_id = ? AND iteration = ?"
                + " AND status = 'OPEN'", relationshipId, iteration);
    }

    static SmartGoal insert(Connection c, String relationshipId, int iteration, SmartGoal g) throws SQLException {
        SmartGoal stored = new SmartGoal(UUID.randomUUID().toString(), 1, g.title(), g.measure(), g.actions(),
                g.resources(), g.relevance(), g.ownerId(), g.dueOn(), g.progress(),
                g.status() == null ? GoalStatus.OPEN : g.status());
        Sql.update(c, "INSERT INTO smart_goals (" + COLUMNS + ", relationship_id, iteration, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", stored.id(), 1L, g.title(), g.measure(),
                g.actions(), g.resources(), g.relevance(), g.ownerId(), Sql.date(g.dueOn()), g.progress(),
                stored.status().name(), relationshipId, iteration, Sql.now(), Sql.now());
        return stored;
    }

    static SmartGoal update(Connection c, String relationshipId, SmartGoal g) throws SQLException {
        int changed = Sql.update(c, "UPDATE smart_goals SET title = ?, measure = ?, actions = ?, resources = ?,"
                + " relevance = ?, owner_id = ?, due_on = ?, progress = ?, status = ?, updated_at = ?,"
                + " version = version + 1 WHERE id = ? AND relationship_id = ? AND version = ?", g.title(), g.measure(),
                g.actions(), g.resources(), g.relevance(), g.ownerId(), Sql.date(g.dueOn()), g.progress(),
                (g.status() == null ? GoalStatus.OPEN : g.status()).name(), Sql.now(), g.id(), relationshipId,
                g.version());
        Versions.expectOne(changed, c, "smart_goals", "id", "goal", g.id(), g.version());
        return new SmartGoal(g.id(), g.version() + 1, g.title(), g.measure(), g.actions(), g.resources(),
                g.relevance(), g.ownerId(), g.dueOn(), g.progress(), g.status() == null ? GoalStatus.OPEN : g.status());
    }

    /** Carries the goals still open into the next iteration, progress kept. */
    static void carryForward(Connection c, String relationshipId, int from) throws SQLException {
        for (SmartGoal g : goals(c, relationshipId, from)) {
            if (g.status() == GoalStatus.OPEN) {
                insert(c, relationshipId, from + 1, g);
            }
        }
    }

    private static SmartGoal map(ResultSet rs) throws SQLException {
        return new SmartGoal(rs.getString("id"), rs.getLong("version"), rs.getString("title"), rs.getString("measure"),
                rs.getString("actions"), rs.getString("resources"), rs.getString("relevance"),
                rs.getString("owner_id"), Sql.date(rs, "due_on"), rs.getInt("progress"),
                GoalStatus.valueOf(rs.getString("status")));
    }
}
