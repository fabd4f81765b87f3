package org.tandem.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.json.JsonArrayBuilder;
import javax.json.JsonNumber;
import javax.json.JsonObject;
import javax.json.JsonObjectBuilder;
import javax.json.JsonString;
import javax.json.JsonValue;
import org.osgi.service.event.Event;

/**
 * Durable events. A feature writes its event here in the transaction of the change it announces and
 * posts the returned event after the commit; a consumer that must not miss one marks each event it
 * handled, in its own transaction, and catches up on what a crash between a commit and the event's
 * delivery left unhandled ({@link #unhandled}). Property values are strings, numbers, booleans or
 * collections of strings; numbers come back as {@code Long} (or {@code Double}).
 */
public final class Journal {
    /** The event property that carries the journal entry's id. */
    public static final String ID = "journal.id";
    /**
     * Property keys whose value is text a person wrote (a meeting's place): an entry that names an erased
     * person loses them ({@link #forget}). A writer that journals other such text adds its key here.
     */
    public static final java.util.Set<String> WRITTEN_TEXT = java.util.Set.of("location", "agenda", "reason", "note");

    private Journal() {
    }

    /** Writes the event in the caller's transaction; returns it, with its {@link #ID}, to post after the commit. */
    public static Event record(Connection c, String topic, Map<String, ?> properties) throws SQLException {
        String id = Ids.timeOrdered();
        Sql.update(c, "INSERT INTO journal (id, topic, properties, created_at) VALUES (?, ?, ?, ?)", id, topic,
                json(properties), Sql.now());
        Map<String, Object> props = new HashMap<>(properties);
        props.put(ID, id);
        return new Event(topic, props);
    }

    /**
     * Registers a consumer: it catches up on events from its first registration on, never on the
     * history before it, and never on what happened while it was {@link #pause paused} (what happened
     * before the pause and was left unhandled is still caught up on). Returns the time from which it
     * catches up.
     */
    public static Instant register(Connection c, String consumer) throws SQLException {
        var row = Sql.one(c, "SELECT since, paused_at FROM journal_consumers WHERE consumer = ?",
                rs -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)}, consumer);
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        if (row.isEmpty()) {
            Sql.update(c, "INSERT INTO journal_consumers (consumer, since) VALUES (?, ?)", consumer, now);
            return now.toInstant();
        }
        if (row.get()[1] != null) {
            // what happened while paused is marked handled for good: the skip window below holds only the
            // latest pause, and a later one must not bring back an earlier one's events
            Sql.update(c, "INSERT INTO journal_handled (consumer, id, handled_at) SELECT ?, j.id, ? FROM journal j"
                    + " WHERE j.created_at >= ? AND j.created_at < ? AND NOT EXISTS (SELECT 1 FROM journal_handled h"
                    + " WHERE h.consumer = ? AND h.id = j.id)", consumer, now, row.get()[1], now, consumer);
            // and the window still covers an entry stamped during the pause but committed after this
            Sql.update(c, "UPDATE journal_consumers SET skip_from = paused_at, skip_to = ?, paused_at = NULL"
                    + " WHERE consumer = ?", now, consumer);
        }
        return row.get()[0].toInstant();
    }

    /**
     * Marks a consumer paused (switched off on purpose, not crashed): when it registers again, what
     * happened meanwhile is not caught up on.
     */
    public static void pause(Connection c, String consumer) throws SQLException {
        Sql.update(c, "UPDATE journal_consumers SET paused_at = ? WHERE consumer = ?", Sql.now(), consumer);
    }

    /**
     * Marks an event handled by {@code consumer} in the caller's transaction. False when it was handled
     * before; two transactions marking it at once cannot both commit (the second fails on the key).
     */
    public static boolean handle(Connection c, String consumer, String id) throws SQLException {
        if (handled(c, consumer, id)) {
            return false;
        }
        Sql.update(c, "INSERT INTO journal_handled (consumer, id, handled_at) VALUES (?, ?, ?)", consumer, id,
                Sql.now());
        return true;
    }

    /** Whether {@code consumer} handled the event. */
    public static boolean handled(Connection c, String consumer, String id) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM journal_handled WHERE consumer = ? AND id = ?", consumer, id) > 0;
    }

    /** Events of these topics written between {@code from} and {@code to} that the consumer has not handled. */
    public static List<Event> unhandled(Connection c, String consumer, Collection<String> topics, Instant from,
            Instant to, int limit) throws SQLException {
        List<Event> out = new ArrayList<>();
        var skip = Sql.one(c, "SELECT skip_from, skip_to FROM journal_consumers WHERE consumer = ?"
                + " AND skip_from IS NOT NULL", rs -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)}, consumer)
                .orElse(new Timestamp[] {new Timestamp(0), new Timestamp(0)});
        if (topics.isEmpty()) {
            return out;
        }
        String in = String.join(", ", java.util.Collections.nCopies(topics.size(), "?"));
        try (var ps = c.prepareStatement("SELECT id, topic, properties FROM journal j WHERE created_at >= ?"
                + " AND created_at < ? AND (created_at < ? OR created_at >= ?) AND topic IN (" + in + ")"
                + " AND NOT EXISTS (SELECT 1 FROM journal_handled h WHERE h.consumer = ? AND h.id = j.id)"
                + " ORDER BY created_at, id")) {
            ps.setMaxRows(limit);
            int i = 1;
            ps.setTimestamp(i++, Timestamp.from(from));
            ps.setTimestamp(i++, Timestamp.from(to));
            ps.setTimestamp(i++, skip[0]);
            ps.setTimestamp(i++, skip[1]);
            for (String topic : topics) {
                ps.setString(i++, topic);
            }
            ps.setString(i, consumer);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> props = properties(rs.getString(3));
                    props.put(ID, rs.getString(1));
                    out.add(new Event(rs.getString(2), props));
                }
            }
        }
        return out;
    }

    /** Forgets events (and their handling) written before {@code before}; returns how many went. */
    public static int prune(Connection c, Instant before) throws SQLException {
        Timestamp t = Timestamp.from(before);
        Sql.update(c, "DELETE FROM journal_handled WHERE id IN (SELECT id FROM journal WHERE created_at < ?)", t);
        return Sql.update(c, "DELETE FROM journal WHERE created_at < ?", t);
    }

    /**
     * Right to erasure and retention: every entry whose properties name this id (a person's, or a
     * relationship's) loses the {@link #WRITTEN_TEXT} it carries; ids stay, so the features that have not
     * reacted yet still can. Returns how many changed.
     */
    public static int forget(Connection c, String personId) throws SQLException {
        int changed = 0;
        for (String[] e : Sql.query(c, "SELECT id, properties FROM journal WHERE properties LIKE ?", rs -> new String[] {
                rs.getString(1), rs.getString(2)}, "%\"" + personId + "\"%")) {
            Map<String, Object> props = properties(e[1]);
            if (props.keySet().removeAll(WRITTEN_TEXT)) {
                changed += Sql.update(c, "UPDATE journal SET properties = ? WHERE id = ?", json(props), e[0]);
            }
        }
        return changed;
    }

    static String json(Map<String, ?> properties) {
        JsonObjectBuilder b = Jsonp.objectBuilder();
        properties.forEach((k, v) -> {
            if (v instanceof String s) {
                b.add(k, s);
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
                b.add(k, ((Number) v).longValue());
            } else if (v instanceof Number n) {
                b.add(k, n.doubleValue());
            } else if (v instanceof Boolean f) {
                b.add(k, f);
            } else if (v instanceof Collection<?> many) {
                JsonArrayBuilder a = Jsonp.arrayBuilder();
                many.forEach(x -> a.add(String.valueOf(x)));
                b.add(k, a);
            } else if (v != null) {
                b.add(k, v.toString());
            }
        });
        return b.build().toString();
    }

    static Map<String, Object> properties(String json) {
        JsonObject o = Jsonp.reader(json).readObject();
        Map<String, Object> out = new HashMap<>();
        o.forEach((k, v) -> out.put(k, value(v)));
        return out;
    }

    private static Object value(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).isIntegral() ? (Object) ((JsonNumber) v).longValue()
                    : (Object) ((JsonNumber) v).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case ARRAY -> v.asJsonArray().stream().map(x -> ((JsonString) x).getString()).toList();
            default -> null;
        };
    }
}
