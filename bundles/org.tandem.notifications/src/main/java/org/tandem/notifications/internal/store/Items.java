package org.tandem.notifications.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.tandem.notifications.internal.Category;
import org.tandem.storage.Ids;
import org.tandem.storage.Sql;

/** The inbox: one row per person and cause (a cause never notifies twice), inside the caller's transaction. */
public final class Items {
    private static final String COLUMNS = "id, person_id, category, cause, message_key, args, link, created_at, read_at";

    /** An inbox entry; {@code args} is the message's values as JSON. */
    public record Item(String id, String personId, Category category, String cause, String key, String args,
            String link, Instant createdAt, Instant readAt) {
    }

    private Items() {
    }

    /** Adds the entry unless this person already has one for this cause; returns its id, or null if it existed. */
    public static String add(Connection c, String personId, Category category, String cause, String key, String args,
            String link, String digest) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM notify_items WHERE person_id = ? AND cause = ?", personId, cause) > 0) {
            return null;
        }
        String id = Ids.timeOrdered(); // appended, never a token: see Ids
        Sql.update(c, "INSERT INTO notify_items (" + COLUMNS + ", digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, personId, category.name(), cause, key, args, link, Sql.now(), new Sql.Null(java.sql.Types.TIMESTAMP),
                digest);
        return id;
    }

    public static List<Item> of(Connection c, String personId, int limit) throws SQLException {
        try (var ps = c.prepareStatement("SELECT " + COLUMNS + " FROM notify_items WHERE person_id = ?"
                + " ORDER BY created_at DESC, id")) {
            ps.setMaxRows(limit);
            ps.setString(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Item> items = new java.util.ArrayList<>();
                while (rs.next()) {
                    items.add(map(rs));
                }
                return items;
            }
        }
    }

    /** Whether the person was told of this cause. */
    public static boolean told(Connection c, String personId, String cause) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM notify_items WHERE person_id = ? AND cause = ?", personId, cause) > 0;
    }

    public static long unread(Connection c, String personId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM notify_items WHERE person_id = ? AND read_at IS NULL", personId);
    }

    /** Marks one entry read; false if the person has no such entry. */
    public static boolean markRead(Connection c, String personId, String id) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM notify_items WHERE id = ? AND person_id = ?", id, personId) == 0) {
            return false;
        }
        Sql.update(c, "UPDATE notify_items SET read_at = ? WHERE id = ? AND person_id = ? AND read_at IS NULL",
                Sql.now(), id, personId);
        return true;
    }

    public static int markAllRead(Connection c, String personId) throws SQLException {
        return Sql.update(c, "UPDATE notify_items SET read_at = ? WHERE person_id = ? AND read_at IS NULL", Sql.now(),
                personId);
    }

    /** The entries waiting for a person's digest of this kind, oldest first. */
    public static List<Item> waitingForDigest(Connection c, String personId, String kind) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM notify_items WHERE person_id = ? AND digest = ?"
                + " ORDER BY created_at, id", Items::map, personId, kind);
    }

    public static List<String> peopleWaitingForDigest(Connection c, String kind) throws SQLException {
        return Sql.query(c, "SELECT DISTINCT person_id FROM notify_items WHERE digest = ?", rs -> rs.getString(1), kind);
    }

    /** Takes the entries for one digest; false (and nothing taken) if another node took any of them. */
    public static boolean takeForDigest(Connection c, List<Item> items, String kind) throws SQLException {
        for (Item i : items) {
            if (Sql.update(c, "UPDATE notify_items SET digest = NULL WHERE id = ? AND digest = ?", i.id(), kind) != 1) {
                throw new SQLException("taken by another node", "40001");
            }
        }
        return true;
    }

    private static Item map(ResultSet rs) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Item(rs.getString("id"), rs.getString("person_id"), Category.named(rs.getString("category")),
                rs.getString("cause"), rs.getString("message_key"), rs.getString("args"), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }
}
