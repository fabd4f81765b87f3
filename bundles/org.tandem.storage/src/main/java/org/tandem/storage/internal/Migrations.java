package org.tandem.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tandem.storage.Sql;

/**
 * Applies a module's numbered SQL scripts once each, in order, inside one transaction (DDL is
 * transactional on Derby and PostgreSQL, so a failed script leaves nothing half done). A row lock
 * on {@code tandem_schema_lock} makes nodes that start together wait for each other; a checksum per
 * applied script refuses a script edited after it shipped.
 */
final class Migrations {
    private Migrations() {
    }

    static void run(Connection c, String module, ClassLoader loader, List<String> scripts) throws SQLException {
        SchemaTables.ensure(c);
        try {
            Sql.update(c, "UPDATE tandem_schema_lock SET holder = ? WHERE id = 1", module);
            Map<Integer, String> applied = Sql.query(c, "SELECT version, checksum FROM tandem_schema_history"
                    + " WHERE module = ?", rs -> Map.entry(rs.getInt(1), rs.getString(2)), module).stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            for (int i = 0; i < scripts.size(); i++) {
                apply(c, module, i + 1, scripts.get(i), read(loader, scripts.get(i)), applied.get(i + 1));
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static void apply(Connection c, String module, int version, String script, String text, String known)
            throws SQLException {
        String checksum = sha256(text);
        if (known != null) {
            if (!known.equals(checksum)) {
                throw new SQLException("Migration " + script + " of " + module + " changed after it was applied"
                        + " (checksum " + known + ", now " + checksum + "). Never edit a shipped migration: restore it"
                        + " and add a new one.");
            }
            return;
        }
        try (Statement st = c.createStatement()) {
            for (String statement : statements(text)) {
                st.execute(statement);
            }
        } catch (SQLException e) {
            throw new SQLException("Migration " + script + " of " + module + " failed: " + e.getMessage(),
                    e.getSQLState(), e);
        }
        Sql.update(c, "INSERT INTO tandem_schema_history (module, version, script, checksum, applied_at)"
                + " VALUES (?, ?, ?, ?, ?)", module, version, script, checksum, Sql.now());
    }

    /** Statements end with a semicolon at the end of a line; lines starting with -- are comments. */
    static List<String> statements(String text) {
        String withoutComments = text.lines().filter(l -> !l.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";\\s*(\\n|$)")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String read(ClassLoader loader, String script) throws SQLException {
        try (InputStream in = loader.getResourceAsStream(script)) {
            if (in == null) {
                throw new SQLException("Migration script " + script + " is missing from its bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("Cannot read migration script " + script + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
