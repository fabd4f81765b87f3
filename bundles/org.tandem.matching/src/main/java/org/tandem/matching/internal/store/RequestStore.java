package org.tandem.matching.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.model.MentorRole;
import org.tandem.storage.Sql;
import org.tandem.storage.Versions;

/** Self-match requests, inside the caller's transaction. */
public final class RequestStore {
    private static final String COLUMNS = "id, version, program_id, mentee_id, mentor_id, mentor_role, status, score,"
            + " created_at, due_at, decided_at, relationship_id, forwarded_from";

    private RequestStore() {
    }

    public static Request insert(Connection c, String programId, String menteeId, String mentorId, MentorRole role,
            int score, Instant due, String forwardedFrom) throws SQLException {
        String id = UUID.randomUUID().toString();
        // decided_at and relationship_id stay NULL: a typeless NULL parameter is refused by PostgreSQL for a timestamp
        Sql.update(c, "INSERT INTO matching_requests (id, version, program_id, mentee_id, mentor_id, mentor_role, status,"
                + " score, created_at, due_at, forwarded_from) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, programId,
                menteeId, mentorId, role.name(), Request.Status.PENDING.name(), score, Timestamp.from(Instant.now()),
                Timestamp.from(due), forwardedFrom);
        return find(c, id).orElseThrow();
    }

    public static Optional<Request> find(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM matching_requests WHERE id = ?", RequestStore::map, id);
    }

    public static List<Request> of(Connection c, String programId, String personId) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM matching_requests WHERE program_id = ? AND (mentee_id = ?"
                + " OR mentor_id = ?) ORDER BY created_at DESC, id", RequestStore::map, programId, personId, personId);
    }

    public static List<Request> ofMentee(Connection c, String programId, String menteeId) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM matching_requests WHERE program_id = ? AND mentee_id = ?"
                + " ORDER BY created_at, id", RequestStore::map, programId, menteeId);
    }

    public static long pendingOf(Connection c, String mentorId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM matching_requests WHERE mentor_id = ? AND status = ?", mentorId,
                Request.Status.PENDING.name());
    }

    /** The pending requests past their due time: the sweeper's work. */
    public static List<Request> overdue(Connection c, Instant now) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM matching_requests WHERE status = ? AND due_at < ? ORDER BY due_at",
                RequestStore::map, Request.Status.PENDING.name(), Timestamp.from(now));
    }

    /**
     * Ends a pending request at the version read. Only one writer wins, so on several nodes one
     * request is answered (or expired) once.
     */
    public static void decide(Connection c, Request r, Request.Status to, String relationshipId) throws SQLException {
        int n = Sql.update(c, "UPDATE matching_requests SET status = ?, decided_at = ?, relationship_id = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND status = ?", to.name(),
                Timestamp.from(Instant.now()), relationshipId, r.id(), r.version(), Request.Status.PENDING.name());
        Versions.expectOne(n, c, "matching_requests", "id", "matching request", r.id(), r.version());
    }

    private static Request map(ResultSet rs) throws SQLException {
        return new Request(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                MentorRole.valueOf(rs.getString(6)), Request.Status.valueOf(rs.getString(7)), rs.getInt(8),
                rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant(), MatchingStore.instant(rs, 11).orElse(null),
                rs.getString(12), rs.getString(13));
    }
}
