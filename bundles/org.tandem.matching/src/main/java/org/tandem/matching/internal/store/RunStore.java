package org.tandem.matching.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tandem.model.MentorRole;
import org.tandem.storage.Sql;
import org.tandem.storage.Versions;

/** Runs and their proposals, inside the caller's transaction. */
public final class RunStore {
    private RunStore() {
    }

    public static Run insert(Connection c, Run r) throws SQLException {
        Sql.update(c, "INSERT INTO matching_runs (id, version, program_id, status, objective, certified, created_by,"
                + " created_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)", r.id(), r.programId(), r.status().name(), r.objective(),
                r.certified(), r.createdBy(), Timestamp.from(r.createdAt()));
        for (Run.Proposal p : r.proposals()) {
            Sql.update(c, "INSERT INTO matching_proposals (run_id, slot, mentee_id, mentor_role, mentor_id, score,"
                    + " breakdown, edited) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.id(), p.slot(), p.menteeId(), p.role().name(),
                    p.mentorId(), p.score(), p.breakdown(), p.edited());
        }
        return find(c, r.id()).orElseThrow();
    }

    public static Optional<Run> find(Connection c, String id) throws SQLException {
        Optional<Run> head = Sql.one(c, "SELECT id, version, program_id, status, objective, certified, created_by,"
                + " created_at, published_at FROM matching_runs WHERE id = ?", rs -> new Run(rs.getString(1),
                        rs.getLong(2), rs.getString(3), Run.Status.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getBoolean(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        MatchingStore.instant(rs, 9).orElse(null), List.of()), id);
        if (head.isEmpty()) {
            return head;
        }
        List<Run.Proposal> proposals = Sql.query(c, "SELECT slot, mentee_id, mentor_role, mentor_id, score, breakdown,"
                + " edited, relationship_id FROM matching_proposals WHERE run_id = ? ORDER BY slot", rs -> new Run.Proposal(
                        rs.getInt(1), rs.getString(2), MentorRole.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getBoolean(7), rs.getString(8)), id);
        Run r = head.get();
        return Optional.of(new Run(r.id(), r.version(), r.programId(), r.status(), r.objective(), r.certified(),
                r.createdBy(), r.createdAt(), r.publishedAt(), proposals));
    }

    public static void propose(Connection c, String runId, long version, int slot, String mentorId, int score,
            String breakdown) throws SQLException {
        bump(c, runId, version);
        Sql.update(c, "UPDATE matching_proposals SET mentor_id = ?, score = ?, breakdown = ?, edited = ? WHERE run_id = ?"
                + " AND slot = ?", mentorId, score, breakdown, true, runId, slot);
    }

    public static void published(Connection c, String runId, long version, List<String[]> slotRelationships)
            throws SQLException {
        bump(c, runId, version);
        Sql.update(c, "UPDATE matching_runs SET status = ?, published_at = ? WHERE id = ?", Run.Status.PUBLISHED.name(),
                Timestamp.from(Instant.now()), runId);
        for (String[] sr : slotRelationships) {
            Sql.update(c, "UPDATE matching_proposals SET relationship_id = ? WHERE run_id = ? AND slot = ?", sr[1], runId,
                    Integer.parseInt(sr[0]));
        }
    }

    private static void bump(Connection c, String runId, long version) throws SQLException {
        int n = Sql.update(c, "UPDATE matching_runs SET version = version + 1 WHERE id = ? AND version = ?", runId, version);
        Versions.expectOne(n, c, "matching_runs", "id", "matching run", runId, version);
    }
}
