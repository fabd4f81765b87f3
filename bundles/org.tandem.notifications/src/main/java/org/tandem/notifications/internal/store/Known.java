package org.tandem.notifications.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.tandem.storage.Sql;

/** The participants of each program that a weekly summary has counted already. */
public final class Known {
    private Known() {
    }

    public static List<String> participants(Connection c, String programId) throws SQLException {
        return Sql.query(c, "SELECT person_id FROM notify_known_participants WHERE program_id = ?",
                rs -> rs.getString(1), programId);
    }

    public static void add(Connection c, String programId, List<String> people) throws SQLException {
        for (String p : people) {
            Sql.update(c, "INSERT INTO notify_known_participants (program_id, person_id) VALUES (?, ?)", programId, p);
        }
    }
}
