package org.tandem.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.service.event.Event;
import org.tandem.storage.Journal;

/** The event journal on real Derby and PostgreSQL: written with the change, caught up on, handled once. */
class JournalTest {
    private HikariDataSource pool;
    private JdbcDatabase db;

    private void open(String kind) throws Exception {
        pool = TestDatabases.open(kind);
        db = TestDatabases.migrated(kind, pool);
    }

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void anEventWrittenWithItsChangeIsCaughtUpOnceAndOnlyByWhoMissedIt(String kind) throws Exception {
        open(kind);
        Instant from = db.inTransaction(c -> Journal.register(c, "mail"));
        Event e = db.inTransaction(c -> Journal.record(c, "t/CREATED", Map.of("id", "r1", "count", 3, "ok", true,
                "who", List.of("a", "b"))));
        db.inTransaction(c -> Journal.record(c, "t/OTHER", Map.of("id", "r2")));
        assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
            Journal.record(c, "t/CREATED", Map.of("id", "rolled back"));
            throw new IllegalStateException("the change failed");
        }));
        Instant to = Instant.now().plus(1, ChronoUnit.SECONDS);

        List<Event> missed = db.inTransaction(c -> Journal.unhandled(c, "mail", Set.of("t/CREATED"), from, to, 10));
        assertEquals(1, missed.size(), "only the committed event of the wanted topic");
        Event back = missed.get(0);
        assertEquals(e.getProperty(Journal.ID), back.getProperty(Journal.ID));
        assertEquals("r1", back.getProperty("id"));
        assertEquals(3L, back.getProperty("count"));
        assertEquals(Boolean.TRUE, back.getProperty("ok"));
        assertEquals(List.of("a", "b"), back.getProperty("who"));

        String id = (String) back.getProperty(Journal.ID);
        boolean first = db.inTransaction(c -> Journal.handle(c, "mail", id));
        boolean again = db.inTransaction(c -> Journal.handle(c, "mail", id));
        assertTrue(first);
        assertFalse(again, "handled once");
        assertTrue(db.inTransaction(c -> Journal.unhandled(c, "mail", Set.of("t/CREATED"), from, to, 10)).isEmpty());
        assertEquals(1, db.inTransaction(c -> Journal.unhandled(c, "audit", Set.of("t/CREATED"), from, to, 10)).size(),
                "another consumer still has it");
        assertEquals(from, db.inTransaction(c -> Journal.register(c, "mail")), "registered once");
        db.inTransaction(c -> Journal.record(c, "t/CREATED", Map.of("id", "before the pause")));
        Thread.sleep(5);
        db.inTransaction(c -> {
            Journal.pause(c, "mail");
            return null;
        });
        Thread.sleep(5);
        db.inTransaction(c -> Journal.record(c, "t/CREATED", Map.of("id", "while paused")));
        Thread.sleep(5);
        assertEquals(from, db.inTransaction(c -> Journal.register(c, "mail")), "resumed");
        db.inTransaction(c -> Journal.record(c, "t/CREATED", Map.of("id", "after")));
        assertEquals(List.of("before the pause", "after"), db.inTransaction(c -> Journal.unhandled(c, "mail",
                Set.of("t/CREATED"), from, Instant.now().plusSeconds(5), 10)).stream().map(x -> x.getProperty("id"))
                .toList(), "what happened while paused is not caught up on, what was left before it is");
        pauseAndResume(db, "mail", "during the second pause");
        assertEquals(List.of("before the pause", "after"), db.inTransaction(c -> Journal.unhandled(c, "mail",
                Set.of("t/CREATED"), from, Instant.now().plusSeconds(5), 10)).stream().map(x -> x.getProperty("id"))
                .toList(), "a second pause does not bring back what happened during the first");
        Instant later = Instant.now().plusSeconds(5);
        int pruned = db.inTransaction(c -> Journal.prune(c, later));
        assertEquals(6, pruned, "the six entries before " + later);
    }

    private static void pauseAndResume(JdbcDatabase db, String consumer, String meanwhile) throws Exception {
        Thread.sleep(5);
        db.inTransaction(c -> {
            Journal.pause(c, consumer);
            return null;
        });
        Thread.sleep(5);
        db.inTransaction(c -> Journal.record(c, "t/CREATED", Map.of("id", meanwhile)));
        Thread.sleep(5);
        db.inTransaction(c -> Journal.register(c, consumer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void twoTransactionsHandlingOneEventCannotBothCommit(String kind) throws Exception {
        open(kind);
        Event e = db.inTransaction(c -> Journal.record(c, "t/CREATED", Map.of("id", "r1")));
        String id = (String) e.getProperty(Journal.ID);
        try (var first = pool.getConnection(); var second = pool.getConnection()) {
            assertTrue(Journal.handle(first, "mail", id));
            first.commit();
            assertFalse(Journal.handle(second, "mail", id));
        }
        assertThrows(org.tandem.model.ConflictException.class, () -> db.inTransaction(c -> {
            c.createStatement().execute("INSERT INTO journal_handled (consumer, id, handled_at) VALUES ('mail', '"
                    + id + "', CURRENT_TIMESTAMP)");
            return null;
        }));
    }
}
