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

/** Runs a Liquibase changelog from a bundle's class loader on one connection (Liquibase commits). */
final class Migrations {
    private Migrations() {
    }

    static void run(Connection connection, String changelog, ClassLoader loader) throws SQLException {
        try {
            Scope.child(Map.of(Scope.Attr.classLoader.name(), Migrations.class.getClassLoader()), () -> {
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
        }
    }
}
