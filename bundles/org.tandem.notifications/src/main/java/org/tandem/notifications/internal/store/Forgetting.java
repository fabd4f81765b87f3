package org.tandem.notifications.internal.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.FoldingWriter;
import org.tandem.storage.Jsonp;
import org.tandem.storage.PersonalData.Erase;
import org.tandem.storage.Sql;

/**
 * Right to erasure in the notifications' tables: the person's own inbox, mail, address and tokens go;
 * what others were told about them stops naming them. An inbox entry of someone else keeps its message
 * with "a former participant" in place of the name; a mail to someone else that names them is deleted
 * once sent (the recipient has it; the outbox keeps no copy), and rewritten while it still waits, so it
 * is sent without their name or address (their line leaves the invitation's attendees).
 */
public final class Forgetting {
    private record Who(String name, String email) {
    }

    private Forgetting() {
    }

    public static void erase(Connection c, String personId) throws SQLException {
        Optional<Who> who = Sql.one(c, "SELECT display_name, email FROM people WHERE id = ?", rs -> new Who(
                rs.getString(1), rs.getString(2)), personId);
        Sql.update(c, "DELETE FROM notify_items WHERE person_id = ?", personId);
        Sql.update(c, "DELETE FROM notify_mail WHERE person_id = ?", personId);
        if (who.isEmpty()) {
            return;
        }
        String email = who.get().email() == null || who.get().email().isBlank() ? null : who.get().email().trim();
        if (email != null) {
            Sql.update(c, "DELETE FROM notify_mail WHERE LOWER(address) = ?", email.toLowerCase(Locale.ROOT));
            Sql.update(c, "DELETE FROM notify_refused WHERE LOWER(address) = ?", email.toLowerCase(Locale.ROOT));
        }
        List<String> names = new ArrayList<>();
        String name = who.get().name();
        if (name != null && !name.isBlank() && !name.equalsIgnoreCase(Erase.FORMER)) {
            names.add(name);
        }
        if (email != null) {
            names.add(email);
        }
        for (String n : names) {
            inboxes(c, n);
            mails(c, n, email);
        }
    }

    private static void inboxes(Connection c, String name) throws SQLException {
        String inJson = Jsonp.value(name).toString();
        String quoted = inJson.substring(1, inJson.length() - 1);
        for (String[] item : Sql.query(c, "SELECT id, args FROM notify_items WHERE args LIKE ? ESCAPE '!'", rs ->
                new String[] {rs.getString(1), rs.getString(2)}, like(quoted))) {
            Sql.update(c, "UPDATE notify_items SET args = ? WHERE id = ?", item[1].replace(quoted, Erase.FORMER), item[0]);
        }
        // a deadline's text names the relationship, whose title may name them
        for (String[] due : Sql.query(c, "SELECT person_id, cause, message_key FROM notify_deadlines WHERE message_key"
                + " LIKE ? ESCAPE '!'", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, like(name))) {
            Sql.update(c, "UPDATE notify_deadlines SET message_key = ? WHERE person_id = ? AND cause = ?",
                    due[2].replace(name, Erase.FORMER), due[0], due[1]);
        }
    }

    private static void mails(Connection c, String name, String email) throws SQLException {
        String html = html(name);
        String pattern = like(name);
        record Mail(String id, String status, String subject, String text, String html, String calendar) {
        }
        Sql.Row<Mail> row = rs -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6));
        String columns = "SELECT id, status, subject, text_body, html_body, calendar FROM notify_mail WHERE ";
        java.util.Map<String, Mail> naming = new java.util.LinkedHashMap<>();
        Sql.query(c, columns + "subject LIKE ? ESCAPE '!' OR text_body LIKE ? ESCAPE '!' OR html_body LIKE ? ESCAPE"
                + " '!'", row, pattern, pattern, like(html)).forEach(m -> naming.put(m.id(), m));
        // an invitation's lines are folded at 75 octets, so a name may be split: looked for unfolded
        Sql.query(c, columns + "calendar IS NOT NULL", row).stream()
                .filter(m -> unfold(m.calendar()).contains(ics(name)) || unfold(m.calendar()).contains(name))
                .forEach(m -> naming.put(m.id(), m));
        for (Mail m : naming.values()) {
            if (!Outbox.PENDING.equals(m.status())) {
                Sql.update(c, "DELETE FROM notify_mail WHERE id = ?", m.id());
                continue;
            }
            Sql.update(c, "UPDATE notify_mail SET subject = ?, text_body = ?, html_body = ?, calendar = ? WHERE id = ?",
                    m.subject().replace(name, Erase.FORMER), m.text().replace(name, Erase.FORMER),
                    m.html().replace(html, Erase.FORMER).replace(name, Erase.FORMER),
                    m.calendar() == null ? new Sql.Null(java.sql.Types.VARCHAR) : calendar(m.calendar(), name, email),
                    m.id());
        }
    }

    private static String unfold(String ics) {
        return ics.replaceAll("\r?\n[ \t]", "");
    }

    /** The invitation without the person: their attendee (or organizer) line goes, their name elsewhere is replaced. */
    static String calendar(String ics, String name, String email) {
        String unfolded = unfold(ics);
        StringWriter out = new StringWriter();
        try (FoldingWriter w = new FoldingWriter(out)) {
            for (String line : unfolded.split("\r?\n")) {
                String upper = line.toUpperCase(Locale.ROOT);
                boolean them = email != null && upper.contains("MAILTO:" + email.toUpperCase(Locale.ROOT));
                if (them && (upper.startsWith("ATTENDEE") || upper.startsWith("ORGANIZER"))) {
                    continue;
                }
                w.write(line.replace(ics(name), Erase.FORMER).replace(name, Erase.FORMER));
                w.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A LIKE pattern for text containing {@code s}, with {@code !} escaping. */
    private static String like(String s) {
        return "%" + s.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("`", "&#x60;").replace("=", "&#x3D;");
    }

    /** As iCalendar text escapes it (RFC 5545, 3.3.11). */
    private static String ics(String s) {
        return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;");
    }
}
