package org.tandem.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.tandem.model.NotFoundException;
import org.tandem.model.StaleVersionException;

/** Optimistic locking: a write names the version it read; zero rows changed means someone moved on. */
public final class Versions {
    private Versions() {
    }

    /**
     * Explains why a versioned {@code UPDATE ... WHERE id = ? AND version = ?} or DELETE changed nothing.
     *
     * @throws NotFoundException if the row is gone
     * @throws StaleVersionException if it is at another version
     */
    public static void expectOne(int changed, Connection c, String table, String key, String kind, String id,
            long expected) throws SQLException {
        if (changed == 1) {
            return;
        }
        Optional<Long> current = Sql.one(c, "SELECT version FROM " + table + " WHERE " + key + " = ?",
                rs -> rs.getLong(1), id);
        if (current.isEmpty()) {
            throw new NotFoundException(kind, id);
        }
        throw new StaleVersionException(kind, id, expected, current.get());
    }
}
