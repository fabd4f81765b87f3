package org.tandem.storage.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.Feature;
import org.tandem.storage.Database;
import org.tandem.storage.StorageException;

/**
 * Opens the configured database, migrates the core schema and only then registers {@link Database}
 * (a DS-registered service would be visible before activation). Configuration is required so that
 * nothing is written to a default database before the real configuration arrives.
 */
@Component(service = {}, configurationPid = StorageConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = StorageConfig.class)
public class DatabaseComponent {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseComponent.class);
    static final String CORE_CHANGELOG = "org/tandem/storage/internal/changelog.xml";

    private final HikariDataSource pool;
    private final ServiceRegistration<Database> registration;

    @Activate
    public DatabaseComponent(StorageConfig config, BundleContext context,
            @Reference(service = DataSourceFactory.class, cardinality = ReferenceCardinality.AT_LEAST_ONE,
                    policyOption = ReferencePolicyOption.GREEDY)
            List<Map.Entry<Map<String, Object>, DataSourceFactory>> factories) throws SQLException {
        JdbcTarget target = JdbcTarget.of(config);
        Optional<DataSourceFactory> factory = pick(factories, target);
        if (factory.isEmpty()) {
            // the reference is greedy: this component is activated again when another driver arrives
            LOG.info("Storage waits for the {} JDBC driver ({})", target.kind(), target.driverClass());
            this.pool = null;
            this.registration = null;
            return;
        }
        this.pool = openPool(config, target, factory.get());
        try {
            Database db = new JdbcDatabase(target.kind(), target.safeUrl(), pool);
            db.migrate(CORE_CHANGELOG, DatabaseComponent.class.getClassLoader());
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(Database.KIND_PROPERTY, target.kind());
            props.put(Feature.PROPERTY, "core");
            this.registration = context.registerService(Database.class, db, props);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        LOG.info("Storage ready: {} at {}", target.kind(), target.safeUrl());
    }

    private static Optional<DataSourceFactory> pick(
            List<Map.Entry<Map<String, Object>, DataSourceFactory>> factories, JdbcTarget target) {
        return factories.stream()
                .filter(f -> target.driverClass().equals(f.getKey().get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS)))
                .map(Map.Entry::getValue).findFirst();
    }

    static HikariDataSource openPool(StorageConfig config, JdbcTarget target, DataSourceFactory factory)
            throws SQLException {
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, target.url());
        if (!config.user().isBlank()) {
            props.setProperty(DataSourceFactory.JDBC_USER, config.user());
            props.setProperty(DataSourceFactory.JDBC_PASSWORD, config.password());
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(factory.createDataSource(props));
        hikari.setPoolName("tandem-" + target.kind());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setAutoCommit(false);
        hikari.setConnectionTimeout(Math.max(250, config.connectionTimeoutMillis()));
        hikari.setInitializationFailTimeout(Math.max(1, config.connectionTimeoutMillis()));
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            String message = "Cannot connect to the " + target.kind() + " database at " + target.safeUrl() + ": "
                    + rootMessage(e) + ". Check url, user and password in " + StorageConfig.PID + ".cfg";
            LOG.error(message);
            throw new StorageException(message, e);
        }
    }

    @Deactivate
    void close() {
        if (registration != null) {
            registration.unregister();
            pool.close();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
