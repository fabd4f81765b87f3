package org.tandem.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.storage.Sql;

/** The migration runner on real Derby and PostgreSQL. */
class MigrationsTest {
    private static final String V1 = "org/tandem/storage/internal/testmigrations/V1__notes.sql";
    private static final String V2 = "org/tandem/storage/internal/testmigrations/V2__broken.sql";
    private final ClassLoader loader = MigrationsTest.class.getClassLoader();
    private HikariDataSource pool;

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = pool.getConnection()) {
            long n = Sql.count(c, sql);
            c.commit();
            return n;
        }
    }

    private void migrate(ClassLoader from, String... scripts) throws SQLException {
        try (Connection c = pool.getConnection()) {
            Migrations.run(c, "test.module", from, List.of(scripts));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void appliesEachScriptOnce(String kind) throws Exception {
        pool = TestDatabases.open(kind);
        migrate(loader, V1);
        migrate(loader, V1);
        assertEquals(1, count("SELECT COUNT(*) FROM test_notes"));
        assertEquals(1, count("SELECT COUNT(*) FROM tandem_schema_history WHERE module = 'test.module'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void aFailingScriptLeavesNothingBehind(String kind) throws Exception {
        pool = TestDatabases.open(kind);
        migrate(loader, V1);
        SQLException e = assertThrows(SQLException.class, () -> migrate(loader, V1, V2));
        assertTrue(e.getMessage().contains("V2__broken.sql"), e.getMessage());
        assertThrows(SQLException.class, () -> count("SELECT COUNT(*) FROM test_tags"));
        assertEquals(1, count("SELECT COUNT(*) FROM tandem_schema_history WHERE module = 'test.module'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void aScriptEditedAfterItShippedIsRefused(String kind) throws Exception {
        pool = TestDatabases.open(kind);
        migrate(loader, V1);
        ClassLoader edited = new ClassLoader(loader) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return new ByteArrayInputStream("CREATE TABLE sneaky (id INT);".getBytes(StandardCharsets.UTF_8));
            }
        };
        SQLException e = assertThrows(SQLException.class, () -> migrate(edited, V1));
        assertTrue(e.getMessage().contains("Never edit a shipped migration"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void nodesStartingTogetherApplyEachScriptOnce(String kind) throws Exception {
        pool = TestDatabases.open(kind);
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        List<Callable<Void>> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            starts.add(() -> {
                migrate(loader, V1);
                return null;
            });
        }
        for (Future<Void> f : nodes.invokeAll(starts)) {
            f.get();
        }
        nodes.shutdown();
        assertEquals(1, count("SELECT COUNT(*) FROM test_notes"));
        assertEquals(1, count("SELECT COUNT(*) FROM tandem_schema_history WHERE module = 'test.module'"));
    }

    @Test
    void splitsStatementsAtLineEndSemicolonsOnly() {
        List<String> s = Migrations.statements("-- comment; here\nCREATE TABLE a (b VARCHAR(9));\n"
                + "INSERT INTO a VALUES ('x; y');\n\n");
        assertEquals(List.of("CREATE TABLE a (b VARCHAR(9))", "INSERT INTO a VALUES ('x; y')"), s);
        assertFalse(Migrations.statements("-- only a comment\n").iterator().hasNext());
    }
}
