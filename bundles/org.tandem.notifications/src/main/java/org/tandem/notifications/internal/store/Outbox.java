package org.tandem.notifications.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tandem.storage.Ids;
import org.tandem.storage.Sql;

/**
 * Mail waiting for the SMTP server, and what became of it. A node claims a row with one conditional
 * update (only one node's update can match), holds the claim for a lease, and marks the row sent or
 * failed; a claim whose node died runs out and the row is taken again.
 */
public final class Outbox {
    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    private static final String COLUMNS = "id, person_id, address, category, subject, text_body, html_body, calendar,"
            + " calendar_method, unsubscribe_url, status, attempts, next_at, sent_at, last_error, created_at";

    /** One mail, rendered; {@code calendar} is an iCalendar object or null. */
    public record Mail(String id, String personId, String address, String category, String subject, String text,
            String html, String calendar, String calendarMethod, String unsubscribeUrl, String status, int attempts,
            Instant nextAt, Instant sentAt, String lastError, Instant createdAt) {

        public Mail(String personId, String address, String category, String subject, String text, String html,
                String calendar, String calendarMethod, String unsubscribeUrl) {
            this(null, personId, address, category, subject, text, html, calendar, calendarMethod, unsubscribeUrl,
                    PENDING, 0, null, null, null, null);
        }
    }

    private Outbox() {
    }

    /** Queues a mail (or records it failed at once, with the reason, when the address cannot be used). */
    public static String add(Connection c, Mail m, String refusal) throws SQLException {
        String id = Ids.timeOrdered(); // appended, never a token: see Ids
        Timestamp now = Sql.now();
        Sql.update(c, "INSERT INTO notify_mail (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, m.personId(), m.address(), m.category(), m.subject(), m.text(), m.html(), m.calendar(),
                m.calendarMethod(), m.unsubscribeUrl(), refusal == null ? PENDING : FAILED, 0, now,
                new Sql.Null(java.sql.Types.TIMESTAMP), refusal, now);
        return id;
    }

    /** The ids of up to {@code limit} mails due now and not held by a live claim. */
    public static List<String> due(Connection c, Instant now, int limit) throws SQLException {
        try (var ps = c.prepareStatement("SELECT id FROM notify_mail WHERE status = 'PENDING' AND next_at <= ?"
                + " AND (claim_until IS NULL OR claim_until < ?) ORDER BY next_at, id")) {
            ps.setMaxRows(limit);
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(now));
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    /** Takes one mail for this node for {@code lease}; false if another node has it or it is done. */
    public static boolean claim(Connection c, String id, String node, Instant now, Duration lease) throws SQLException {
        return Sql.update(c, "UPDATE notify_mail SET claimed_by = ?, claim_until = ? WHERE id = ?"
                + " AND status = 'PENDING' AND (claim_until IS NULL OR claim_until < ?)", node,
                Timestamp.from(now.plus(lease)), id, Timestamp.from(now)) == 1;
    }

    public static Mail find(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM notify_mail WHERE id = ?", Outbox::map, id).orElse(null);
    }

    public static void sent(Connection c, String id, String node) throws SQLException {
        Sql.update(c, "UPDATE notify_mail SET status = 'SENT', sent_at = ?, attempts = attempts + 1, claimed_by = NULL,"
                + " claim_until = NULL, last_error = NULL WHERE id = ? AND claimed_by = ?", Sql.now(), id, node);
    }

    /** Gives back a claim without trying the mail. */
    public static void release(Connection c, String id, String node) throws SQLException {
        Sql.update(c, "UPDATE notify_mail SET claimed_by = NULL, claim_until = NULL WHERE id = ? AND claimed_by = ?",
                id, node);
    }

    /** A refusal for the moment: try again at {@code next}. */
    public static void retry(Connection c, String id, String node, Instant next, String reason) throws SQLException {
        Sql.update(c, "UPDATE notify_mail SET attempts = attempts + 1, next_at = ?, claimed_by = NULL,"
                + " claim_until = NULL, last_error = ? WHERE id = ? AND claimed_by = ?", Timestamp.from(next),
                cut(reason), id, node);
    }

    /** Every waiting mail is due now (the SMTP server is back): returns how many. */
    public static int retryNow(Connection c) throws SQLException {
        return Sql.update(c, "UPDATE notify_mail SET next_at = ? WHERE status = 'PENDING' AND next_at > ?", Sql.now(),
                Sql.now());
    }

    /** A refusal for good: never tried again. */
    public static void failed(Connection c, String id, String node, String reason) throws SQLException {
        Sql.update(c, "UPDATE notify_mail SET status = 'FAILED', attempts = attempts + 1, claimed_by = NULL,"
                + " claim_until = NULL, last_error = ? WHERE id = ? AND claimed_by = ?", cut(reason), id, node);
    }

    /** Remembers an address the SMTP server refused for good; later mail to it fails at once. */
    public static void refuse(Connection c, String address, String reason) throws SQLException {
        if (Sql.update(c, "UPDATE notify_refused SET reason = ?, refused_at = ? WHERE address = ?", cut(reason),
                Sql.now(), address.toLowerCase()) == 0) {
            Sql.update(c, "INSERT INTO notify_refused (address, reason, refused_at) VALUES (?, ?, ?)",
                    address.toLowerCase(), cut(reason), Sql.now());
        }
    }

    public static java.util.Optional<String> refusal(Connection c, String address) throws SQLException {
        return Sql.one(c, "SELECT reason FROM notify_refused WHERE address = ?", rs -> rs.getString(1),
                address.toLowerCase());
    }

    public static List<Mail> list(Connection c, String status, int limit) throws SQLException {
        try (var ps = c.prepareStatement("SELECT " + COLUMNS + " FROM notify_mail"
                + (status == null ? "" : " WHERE status = ?") + " ORDER BY created_at DESC, id")) {
            ps.setMaxRows(limit);
            if (status != null) {
                ps.setString(1, status);
            }
            List<Mail> mails = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mails.add(map(rs));
                }
            }
            return mails;
        }
    }

    public static long count(Connection c, String status) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM notify_mail WHERE status = ?", status);
    }

    private static String cut(String reason) {
        String r = reason == null ? "unknown" : reason;
        return r.length() > 1000 ? r.substring(0, 1000) : r;
    }

    private static Mail map(ResultSet rs) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Mail(rs.getString("id"), rs.getString("person_id"), rs.getString("address"),
                rs.getString("category"), rs.getString("subject"), rs.getString("text_body"),
                rs.getString("html_body"), rs.getString("calendar"), rs.getString("calendar_method"),
                rs.getString("unsubscribe_url"), rs.getString("status"), rs.getInt("attempts"),
                rs.getTimestamp("next_at").toInstant(), sent == null ? null : sent.toInstant(),
                rs.getString("last_error"), rs.getTimestamp("created_at").toInstant());
    }
}
