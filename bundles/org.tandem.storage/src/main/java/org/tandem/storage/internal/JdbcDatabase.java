package org.tandem.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.ConflictException;
import org.tandem.storage.Database;
import org.tandem.storage.PoolStats;
import org.tandem.storage.SqlWork;
import org.tandem.storage.StorageException;

/** {@link Database} over a Hikari pool whose connections do not auto-commit. */
final class JdbcDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDatabase.class);
    private final String kind;
    private final String safeUrl;
    private final HikariDataSource pool;

    JdbcDatabase(String kind, String safeUrl, HikariDataSource pool) {
        this.kind = kind;
        this.safeUrl = safeUrl;
        this.pool = pool;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw new ConflictException("clash", "The change clashes with data someone else stored at the same"
                        + " time (" + e.getMessage() + "). Reload and try again.", "reason", String.valueOf(e.getMessage()));
            }
            LOG.error("Database error on {} (SQLState {})", safeUrl, e.getSQLState(), e);
            throw new StorageException("Database error (SQLState " + e.getSQLState() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void migrate(String module, ClassLoader loader, List<String> scripts) {
        try (Connection c = pool.getConnection()) {
            Migrations.run(c, module, loader, scripts);
        } catch (SQLException e) {
            LOG.error("Schema migration of {} failed on {}: {}", module, safeUrl, e.getMessage());
            throw new StorageException("Cannot migrate the tables of " + module + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PoolStats pool() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        int max = pool.getMaximumPoolSize();
        return bean == null ? new PoolStats(0, 0, 0, max)
                : new PoolStats(bean.getActiveConnections(), bean.getIdleConnections(), bean.getThreadsAwaitingConnection(), max);
    }
}
