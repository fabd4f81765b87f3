package org.tandem.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the migration bookkeeping tables on first use; tolerates another node doing it at once. */
final class SchemaTables {
    private SchemaTables() {
    }

    static void ensure(Connection c) throws SQLException {
        if (exists(c)) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE tandem_schema_lock (id INT NOT NULL, holder VARCHAR(100),"
                    + " CONSTRAINT pk_tandem_schema_lock PRIMARY KEY (id))");
            st.execute("INSERT INTO tandem_schema_lock (id, holder) VALUES (1, NULL)");
            st.execute("CREATE TABLE tandem_schema_history (module VARCHAR(100) NOT NULL, version INT NOT NULL,"
                    + " script VARCHAR(300) NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL,"
                    + " CONSTRAINT pk_tandem_schema_history PRIMARY KEY (module, version))");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            if (!exists(c)) {
                throw e;
            }
            // another node created them first
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT COUNT(*) FROM tandem_schema_lock").close();
            return true;
        } catch (SQLException missing) {
            c.rollback();
            return false;
        }
    }
}
