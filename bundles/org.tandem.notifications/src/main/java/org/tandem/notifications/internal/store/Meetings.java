package org.tandem.notifications.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tandem.storage.Sql;

/**
 * The meetings and deadlines that calendars show, as the workflow and feedback announced them; each
 * meeting with the sequence its invitations carry (raised on every change a calendar must see).
 */
public final class Meetings {
    private static final String COLUMNS = "meeting_id, relationship_id, starts_at, minutes, mode, status, sequence,"
            + " organizer_id, location";

    public record Meeting(String id, String relationshipId, Instant startsAt, int minutes, String mode, String status,
            int sequence, String organizerId, String location) {
    }

    public record Deadline(String cause, String key, Instant dueAt, String link) {
    }

    private Meetings() {
    }

    /**
     * Records a new meeting or a change of one; returns it with its new sequence: the meeting's own
     * version when it rose, else one more than the last invitation's (calendars need it to rise).
     */
    public static Meeting record(Connection c, Meeting m) throws SQLException {
        Optional<Meeting> known = find(c, m.id());
        int sequence = known.map(k -> Math.max(k.sequence() + 1, m.sequence())).orElse(m.sequence());
        if (known.isPresent()) {
            Sql.update(c, "UPDATE notify_meetings SET starts_at = ?, minutes = ?, mode = ?, status = ?, sequence = ?,"
                    + " location = ?, reminded_at = CASE WHEN starts_at = ? THEN reminded_at ELSE NULL END,"
                    + " updated_at = ? WHERE meeting_id = ?", Timestamp.from(m.startsAt()), m.minutes(), m.mode(),
                    m.status(), sequence, m.location(), Timestamp.from(m.startsAt()), Sql.now(), m.id());
        } else {
            Sql.update(c, "INSERT INTO notify_meetings (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?)", m.id(), m.relationshipId(), Timestamp.from(m.startsAt()), m.minutes(), m.mode(),
                    m.status(), sequence, m.organizerId(), m.location(), Sql.now());
        }
        return new Meeting(m.id(), m.relationshipId(), m.startsAt(), m.minutes(), m.mode(), m.status(), sequence,
                known.map(Meeting::organizerId).orElse(m.organizerId()), m.location());
    }

    public static Optional<Meeting> find(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM notify_meetings WHERE meeting_id = ?", Meetings::map, id);
    }

    public static List<Meeting> ofRelationships(Connection c, List<String> relationshipIds) throws SQLException {
        List<Meeting> all = new java.util.ArrayList<>();
        for (String r : relationshipIds) {
            all.addAll(Sql.query(c, "SELECT " + COLUMNS + " FROM notify_meetings WHERE relationship_id = ?"
                    + " ORDER BY starts_at", Meetings::map, r));
        }
        return all;
    }

    /** Planned meetings that start before {@code until} and whose members were not reminded yet. */
    public static List<Meeting> toRemind(Connection c, Instant now, Instant until) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM notify_meetings WHERE status = 'PLANNED'"
                + " AND reminded_at IS NULL AND starts_at > ? AND starts_at <= ?", Meetings::map, Timestamp.from(now),
                Timestamp.from(until));
    }

    /** Takes the reminder of one meeting; only one node's update matches. */
    public static boolean takeReminder(Connection c, String id) throws SQLException {
        return Sql.update(c, "UPDATE notify_meetings SET reminded_at = ? WHERE meeting_id = ? AND reminded_at IS NULL",
                Sql.now(), id) == 1;
    }

    public static void deadline(Connection c, String personId, Deadline d) throws SQLException {
        Sql.update(c, "DELETE FROM notify_deadlines WHERE person_id = ? AND cause = ?", personId, d.cause());
        Sql.update(c, "INSERT INTO notify_deadlines (person_id, cause, message_key, due_at, link) VALUES (?, ?, ?, ?, ?)",
                personId, d.cause(), d.key(), Timestamp.from(d.dueAt()), d.link());
    }

    public static void noDeadline(Connection c, String personId, String cause) throws SQLException {
        Sql.update(c, "DELETE FROM notify_deadlines WHERE person_id = ? AND cause = ?", personId, cause);
    }

    public static List<Deadline> deadlines(Connection c, String personId) throws SQLException {
        return Sql.query(c, "SELECT cause, message_key, due_at, link FROM notify_deadlines WHERE person_id = ?"
                + " ORDER BY due_at", rs -> new Deadline(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)), personId);
    }

    private static Meeting map(ResultSet rs) throws SQLException {
        return new Meeting(rs.getString("meeting_id"), rs.getString("relationship_id"),
                rs.getTimestamp("starts_at").toInstant(), rs.getInt("minutes"), rs.getString("mode"),
                rs.getString("status"), rs.getInt("sequence"), rs.getString("organizer_id"), rs.getString("location"));
    }
}
