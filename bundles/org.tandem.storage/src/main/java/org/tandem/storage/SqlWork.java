package org.tandem.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.osgi.annotation.versioning.ConsumerType;

/** Work done on one connection inside one transaction. */
@ConsumerType
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
