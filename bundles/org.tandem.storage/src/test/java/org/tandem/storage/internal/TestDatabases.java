package org.tandem.storage.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Real databases for storage tests: a fresh embedded Derby in a temporary directory, and a fresh
 * schema in the PostgreSQL at 127.0.0.1:5432/test. Without PostgreSQL those tests are skipped,
 * except under CI=true, where they must run.
 */
final class TestDatabases {
    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private TestDatabases() {
    }

    static HikariDataSource open(String kind) throws Exception {
        return open(kind, 4);
    }

    /** A pool of {@code size} connections (one: every statement on the connection a test configured). */
    static HikariDataSource open(String kind, int size) throws Exception {
        DataSource raw = "derby".equals(kind) ? derby() : postgres();
        HikariConfig config = new HikariConfig();
        config.setDataSource(raw);
        config.setAutoCommit(false);
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    static JdbcDatabase migrated(String kind, HikariDataSource pool) {
        JdbcDatabase db = new JdbcDatabase(kind, kind, pool);
        db.migrate(DatabaseComponent.MODULE, TestDatabases.class.getClassLoader(), DatabaseComponent.CORE_MIGRATIONS);
        return db;
    }

    private static DataSource derby() throws Exception {
        Path dir = Files.createTempDirectory("tandem-derby");
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("db").toString());
        ds.setCreateDatabase("create");
        return ds;
    }

    private static DataSource postgres() throws SQLException {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            requirePostgres(e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(PG_URL + "?currentSchema=" + schema);
        ds.setUser("postgres");
        return ds;
    }

    static void requirePostgres(SQLException e) throws SQLException {
        if ("true".equals(System.getenv("CI"))) {
            throw new SQLException("PostgreSQL at " + PG_URL + " must answer under CI=true: " + e.getMessage(), e);
        }
        Assumptions.abort("PostgreSQL tests skipped: nothing answers at " + PG_URL + " (" + e.getMessage() + ")");
    }
}
