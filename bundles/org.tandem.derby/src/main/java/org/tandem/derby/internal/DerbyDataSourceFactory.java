package org.tandem.derby.internal;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XADataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Offers embedded Derby to the storage bundle through the OSGi JDBC service, so that storage never
 * loads a driver class by name. Shuts the engine down cleanly when the bundle stops.
 */
@Component(property = {
    DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=org.apache.derby.jdbc.EmbeddedDriver",
    DataSourceFactory.OSGI_JDBC_DRIVER_NAME + "=Apache Derby Embedded",
    DataSourceFactory.OSGI_JDBC_DRIVER_VERSION + "=10.16.1.1"})
public class DerbyDataSourceFactory implements DataSourceFactory {

    @Override
    public DataSource createDataSource(Properties props) throws SQLException {
        DerbyUrl url = DerbyUrl.parse(props.getProperty(JDBC_URL, ""));
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(props.getProperty(JDBC_DATABASE_NAME, url.database()));
        if (!url.attributes().isEmpty()) {
            ds.setConnectionAttributes(url.attributes());
        }
        if (props.getProperty(JDBC_USER) != null) {
            ds.setUser(props.getProperty(JDBC_USER));
            ds.setPassword(props.getProperty(JDBC_PASSWORD));
        }
        return ds;
    }

    @Override
    public ConnectionPoolDataSource createConnectionPoolDataSource(Properties props) throws SQLException {
        throw new SQLException("Tandem pools Derby connections itself; use createDataSource");
    }

    @Override
    public XADataSource createXADataSource(Properties props) throws SQLException {
        throw new SQLException("Tandem does not use XA with Derby; use createDataSource");
    }

    @Override
    public Driver createDriver(Properties props) {
        return new EmbeddedDriver();
    }

    @Deactivate
    void shutdownEngine() {
        try {
            new EmbeddedDriver().connect("jdbc:derby:;shutdown=true", new Properties());
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQLState XJ015.
        }
    }
}
