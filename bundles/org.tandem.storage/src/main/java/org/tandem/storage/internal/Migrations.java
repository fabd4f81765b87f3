package org.tandem.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Runs a Liquibase changelog from a bundle's class loader on one connection (Liquibase commits). */
final class Migrations {
    private Migrations() {
    }

    static void run(Connection connection, String changelog, ClassLoader loader) throws SQLException {
        // Liquibase finds its own parts through ServiceLoader and the context class loader; point both at
        // Liquibase's own class loader, so that no other copy (on a test class path, say) is picked up.
        ClassLoader liquibaseLoader = Liquibase.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(liquibaseLoader);
        try {
            // Liquibase's console messages go to the log, not to standard output.
            Scope.child(Map.of(Scope.Attr.classLoader.name(), liquibaseLoader,
                    Scope.Attr.ui.name(), new LoggerUIService(), "liquibase.showSummaryOutput", "log"), () -> {
                Database db = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                if (db instanceof DerbyDatabase derby) {
                    // closing Liquibase would otherwise shut the whole embedded engine down under the pool
                    derby.setShutdownEmbeddedDerby(false);
                }
                new Liquibase(changelog, new ClassLoaderResourceAccessor(loader), db).update("");
            });
        } catch (LiquibaseException e) {
            throw new SQLException("Migration " + changelog + " failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new SQLException("Migration " + changelog + " failed: " + DatabaseComponent.rootMessage(e), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
