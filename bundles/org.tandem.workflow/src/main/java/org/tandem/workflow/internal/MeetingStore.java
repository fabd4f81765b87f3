package org.tandem.workflow.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.storage.Sql;
import org.tandem.storage.Versions;
import org.tandem.workflow.api.Challenge;
import org.tandem.workflow.api.Meeting;
import org.tandem.workflow.api.MeetingKind;
import org.tandem.workflow.api.MeetingMode;
import org.tandem.workflow.api.MeetingStatus;

/** Meetings, private notes and challenges, inside the caller's transaction. */
final class MeetingStore {
    private static final String COLUMNS = "id, version, kind, starts_at, minutes, meeting_mode, agenda, status,"
            + " shared_notes, next_steps, organizer_id, logged_by_id, location";

    private MeetingStore() {
    }

    static List<Meeting> meetings(Connection c, String relationshipId, int iteration) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM meetings WHERE relationship_id = ? AND iteration = ?"
                + " ORDER BY starts_at, id", MeetingStore::meeting, relationshipId, iteration);
    }

    /** (relationship, month, meetings held) for a program, from every iteration. */
    static List<org.tandem.workflow.api.MeetingCount> heldPerMonth(Connection c, String programId) throws SQLException {
        java.util.Map<String, java.util.TreeMap<java.time.YearMonth, Integer>> counts = new java.util.TreeMap<>();
        Sql.query(c, "SELECT m.relationship_id, m.starts_at FROM meetings m JOIN relationships r"
                + " ON r.id = m.relationship_id WHERE r.program_id = ? AND m.status = ?", rs -> counts
                .computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>())
                .merge(java.time.YearMonth.from(rs.getTimestamp(2).toInstant().atZone(java.time.ZoneOffset.UTC)), 1,
                        Integer::sum), programId, MeetingStatus.HELD.name());
        List<org.tandem.workflow.api.MeetingCount> out = new java.util.ArrayList<>();
        counts.forEach((rel, months) -> months.forEach((month, n) -> out.add(
                new org.tandem.workflow.api.MeetingCount(rel, month.toString(), n))));
        return out;
    }

    static Optional<Meeting> meeting(Connection c, String relationshipId, String id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM meetings WHERE relationship_id = ? AND id = ?",
                MeetingStore::meeting, relationshipId, id);
    }

    static Meeting insert(Connection c, String relationshipId, int iteration, Meeting m) throws SQLException {
        Meeting stored = new Meeting(UUID.randomUUID().toString(), 1, m.kind(), m.startsAt(), m.minutes(), m.mode(),
                m.agenda(), m.status(), m.sharedNotes(), m.nextSteps(), m.organizerId(), m.loggedById(), m.location());
        Sql.update(c, "INSERT INTO meetings (" + COLUMNS + ", relationship_id, iteration, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", stored.id(), 1L, m.kind().name(),
                Timestamp.from(m.startsAt()), m.minutes(), Sql.text(m.mode()), m.agenda(), m.status().name(),
                m.sharedNotes(), m.nextSteps(), m.organizerId(), m.loggedById(), m.location(), relationshipId, iteration,
                Sql.now());
        return stored;
    }

    static Meeting update(Connection c, Meeting m) throws SQLException {
        int changed = Sql.update(c, "UPDATE meetings SET kind = ?, starts_at = ?, minutes = ?, meeting_mode = ?,"
                + " agenda = ?, status = ?, shared_notes = ?, next_steps = ?, logged_by_id = ?, location = ?,"
                + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?", m.kind().name(),
                Timestamp.from(m.startsAt()), m.minutes(), Sql.text(m.mode()), m.agenda(), m.status().name(),
                m.sharedNotes(), m.nextSteps(), m.loggedById(), m.location(), Sql.now(), m.id(), m.version());
        Versions.expectOne(changed, c, "meetings", "id", "meeting", m.id(), m.version());
        return new Meeting(m.id(), m.version() + 1, m.kind(), m.startsAt(), m.minutes(), m.mode(), m.agenda(),
                m.status(), m.sharedNotes(), m.nextSteps(), m.organizerId(), m.loggedById(), m.location());
    }

    static Optional<String> privateNote(Connection c, String meetingId, String authorId) throws SQLException {
        return Sql.one(c, "SELECT note FROM meeting_private_notes WHERE meeting_id = ? AND author_id = ?",
                rs -> rs.getString(1), meetingId, authorId);
    }

    static void writePrivateNote(Connection c, String meetingId, String authorId, String note) throws SQLException {
        Sql.update(c, "DELETE FROM meeting_private_notes WHERE meeting_id = ? AND author_id = ?", meetingId, authorId);
        Sql.update(c, "INSERT INTO meeting_private_notes (meeting_id, author_id, note, updated_at) VALUES (?, ?, ?, ?)",
                meetingId, authorId, note, Sql.now());
    }

    static List<Challenge> challenges(Connection c, String relationshipId, int iteration) throws SQLException {
        return Sql.query(c, "SELECT * FROM challenges WHERE relationship_id = ? AND iteration = ? ORDER BY raised_at,"
                + " id", MeetingStore::challenge, relationshipId, iteration);
    }

    static Challenge raise(Connection c, String relationshipId, int iteration, String by, String title,
            String description) throws SQLException {
        Challenge ch = new Challenge(UUID.randomUUID().toString(), 1, title, description, by, Instant.now(), null,
                null, null);
        Sql.update(c, "INSERT INTO challenges (id, version, relationship_id, iteration, title, description, raised_by,"
                + " raised_at, resolved_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)", ch.id(), relationshipId, iteration,
                title, description, by, Timestamp.from(ch.raisedAt()), new Sql.Null(Types.TIMESTAMP));
        return ch;
    }

    static void resolve(Connection c, String id, long version, String by, String resolution) throws SQLException {
        int changed = Sql.update(c, "UPDATE challenges SET resolution = ?, resolved_by = ?, resolved_at = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?", resolution, by, Sql.now(), id, version);
        Versions.expectOne(changed, c, "challenges", "id", "challenge", id, version);
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        return new Meeting(rs.getString("id"), rs.getLong("version"), MeetingKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("starts_at").toInstant(), rs.getInt("minutes"),
                Sql.enumOf(MeetingMode.class, rs.getString("meeting_mode")), rs.getString("agenda"),
                MeetingStatus.valueOf(rs.getString("status")), rs.getString("shared_notes"), rs.getString("next_steps"),
                rs.getString("organizer_id"), rs.getString("logged_by_id"), rs.getString("location"));
    }

    private static Challenge challenge(ResultSet rs) throws SQLException {
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new Challenge(rs.getString("id"), rs.getLong("version"), rs.getString("title"),
                rs.getString("description"), rs.getString("raised_by"), rs.getTimestamp("raised_at").toInstant(),
                rs.getString("resolution"), rs.getString("resolved_by"), resolved == null ? null : resolved.toInstant());
    }
}
