package org.tandem.notifications.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dispatcher's queries against real databases: the embedded Derby and the PostgreSQL at 127.0.0.1. */
class OutboxTest {
    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final List<String> MIGRATIONS = List.of("V1__notifications.sql", "V2__meeting_location.sql",
            "V3__digest_and_deadlines.sql", "V4__outbox_due_order.sql");

    /**
     * After "retry now" every waiting mail has one next_at; a batch is then the first ids among those no
     * live claim holds, and Derby reads that order from the index instead of sorting all of them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void aBatchIsTheFirstDueMailInOrderWithoutASort(String kind) throws Exception {
        try (Connection c = connection(kind)) {
            try {
                check(c, kind);
            } finally {
                c.rollback();
            }
        }
    }

    private static void check(Connection c, String kind) throws Exception {
        migrate(c);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(Outbox.add(c, mail(i), null));
        }
        Instant now = Instant.now().plusSeconds(1);
        try (var ps = c.prepareStatement("UPDATE notify_mail SET next_at = ?")) { // as after "retry now"
            ps.setTimestamp(1, java.sql.Timestamp.from(now.minusSeconds(1)));
            ps.executeUpdate();
        }
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(7));
        String claimed = shuffled.get(0);
        String sent = shuffled.get(1);
        Outbox.claim(c, claimed, "other-node", now, Duration.ofMinutes(1));
        Outbox.claim(c, sent, "node", now, Duration.ofMinutes(1));
        Outbox.sent(c, sent, "node");
        if (kind.equals("derby")) {
            c.createStatement().execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
        }
        List<String> batch = Outbox.due(c, now.plusSeconds(1), 200);
        List<String> expected = ids.stream().filter(id -> !id.equals(claimed) && !id.equals(sent)).sorted()
                .limit(200).toList();
        assertEquals(expected, batch);
        if (kind.equals("derby")) {
            try (ResultSet rs = c.createStatement().executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                rs.next();
                String plan = rs.getString(1);
                assertFalse(plan.contains("Sort ResultSet"), plan);
            }
        }
    }

    private static Outbox.Mail mail(int i) {
        String words = "A mentoring update. ".repeat(100); // a mail's size, so that the table spans pages
        return new Outbox.Mail(null, "person" + i + "@uni.test", "PAIRED", "Subject " + i, words, "<p>" + words + "</p>",
                null, null, null);
    }

    private static void migrate(Connection c) throws IOException, SQLException {
        try (Statement s = c.createStatement()) {
            for (String file : MIGRATIONS) {
                try (InputStream in = Outbox.class.getResourceAsStream("/org/tandem/notifications/internal/" + file)) {
                    String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
                    for (String statement : sql.split(";")) {
                        if (!statement.isBlank()) {
                            s.execute(statement.strip());
                        }
                    }
                }
            }
        }
    }

    private static Connection connection(String kind) throws Exception {
        Connection c;
        if (kind.equals("derby")) {
            c = DriverManager.getConnection("jdbc:derby:" + Files.createTempDirectory("outbox").resolve("db")
                    + ";create=true");
        } else {
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try {
                c = DriverManager.getConnection(PG_URL, "postgres", "");
            } catch (SQLException e) {
                if ("true".equals(System.getenv("CI"))) {
                    throw new SQLException("PostgreSQL at " + PG_URL + " must answer under CI=true", e);
                }
                Assumptions.abort("PostgreSQL tests skipped: nothing answers at " + PG_URL);
                return null;
            }
            c.createStatement().execute("CREATE SCHEMA " + schema);
            c.createStatement().execute("SET search_path TO " + schema);
        }
        c.setAutoCommit(false);
        return c;
    }
}
