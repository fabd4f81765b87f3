package org.tandem.notifications.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.tandem.notifications.internal.Category;
import org.tandem.notifications.internal.Mode;
import org.tandem.storage.Sql;

/**
 * Each person's preferences and tokens. The mail token (in every mail's links) only reads and changes
 * that person's mail preferences. The calendar feed's token is kept as its SHA-256 alone: whoever reads
 * the database cannot subscribe to anyone's calendar.
 */
public final class People {
    private static final SecureRandom RANDOM = new SecureRandom();

    private People() {
    }

    /** The person's mode for each category: what they chose, else the default. */
    public static Map<Category, Mode> preferences(Connection c, String personId) throws SQLException {
        Map<Category, Mode> modes = new EnumMap<>(Category.class);
        for (Category k : Category.values()) {
            modes.put(k, k.standard());
        }
        Sql.query(c, "SELECT category, mode FROM notify_preferences WHERE person_id = ?", rs -> {
            Category k = Category.named(rs.getString(1));
            if (k != null) {
                modes.put(k, Mode.valueOf(rs.getString(2)));
            }
            return null;
        }, personId);
        return modes;
    }

    public static void prefer(Connection c, String personId, Category category, Mode mode) throws SQLException {
        if (Sql.update(c, "UPDATE notify_preferences SET mode = ? WHERE person_id = ? AND category = ?", mode.name(),
                personId, category.name()) == 0) {
            Sql.update(c, "INSERT INTO notify_preferences (person_id, category, mode) VALUES (?, ?, ?)", personId,
                    category.name(), mode.name());
        }
    }

    /**
     * The person's mail token, made on first use. Two transactions may make it at once (a notice and the
     * person asking for a calendar feed): the one that loses the insert takes the winner's token, under
     * a savepoint, since PostgreSQL refuses every later statement of a transaction with a failed one.
     */
    public static String mailToken(Connection c, String personId) throws SQLException {
        Optional<String> known = Sql.one(c, "SELECT mail_token FROM notify_people WHERE person_id = ?",
                rs -> rs.getString(1), personId);
        if (known.isPresent()) {
            return known.get();
        }
        String token = token();
        Savepoint before = c.setSavepoint();
        try {
            Sql.update(c, "INSERT INTO notify_people (person_id, mail_token) VALUES (?, ?)", personId, token);
            c.releaseSavepoint(before);
            return token;
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(before);
            return Sql.one(c, "SELECT mail_token FROM notify_people WHERE person_id = ?", rs -> rs.getString(1),
                    personId).orElseThrow(() -> e);
        }
    }

    public static Optional<String> byMailToken(Connection c, String token) throws SQLException {
        return Sql.one(c, "SELECT person_id FROM notify_people WHERE mail_token = ?", rs -> rs.getString(1), token);
    }

    /** A new calendar feed token for the person; any earlier one stops working. */
    public static String newFeed(Connection c, String personId) throws SQLException {
        mailToken(c, personId);
        String token = token();
        Sql.update(c, "UPDATE notify_people SET feed_token_hash = ?, feed_created_at = ? WHERE person_id = ?",
                digest(token), Sql.now(), personId);
        return token;
    }

    public static boolean revokeFeed(Connection c, String personId) throws SQLException {
        return Sql.update(c, "UPDATE notify_people SET feed_token_hash = NULL, feed_created_at = NULL"
                + " WHERE person_id = ? AND feed_token_hash IS NOT NULL", personId) > 0;
    }

    public static boolean hasFeed(Connection c, String personId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM notify_people WHERE person_id = ? AND feed_token_hash IS NOT NULL",
                personId) > 0;
    }

    public static Optional<String> byFeedToken(Connection c, String token) throws SQLException {
        return Sql.one(c, "SELECT person_id FROM notify_people WHERE feed_token_hash = ?", rs -> rs.getString(1),
                digest(token));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
