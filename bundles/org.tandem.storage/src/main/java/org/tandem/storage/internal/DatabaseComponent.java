package org.tandem.storage.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
 * Opens the configured database and migrates the core schema on a thread of its own (so that HTTP
 * starts meanwhile), and only then registers {@link Database}: a DS-registered service would be
 * visible before the schema exists. Configuration is required so that nothing is written to a
 * default database before the real configuration arrives.
 */
@Component(service = {}, configurationPid = StorageConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = StorageConfig.class)
public class DatabaseComponent {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseComponent.class);
    static final String MODULE = "org.tandem.storage";
    static final List<String> CORE_MIGRATIONS = List.of("org/tandem/storage/internal/migrations/V1__core.sql",
            "org/tandem/storage/internal/migrations/V2__tenants.sql",
            "org/tandem/storage/internal/migrations/V3__participants.sql",
            "org/tandem/storage/internal/migrations/V4__person_picture.sql",
            "org/tandem/storage/internal/migrations/V5__participant_platform_roles.sql",
            "org/tandem/storage/internal/migrations/V6__journal.sql",
            "org/tandem/storage/internal/migrations/V7__page_indexes.sql");

    private final ExecutorService opener = Executors.newSingleThreadExecutor(r -> new Thread(r, "tandem-storage-open"));
    private HikariDataSource pool;
    private ServiceRegistration<Database> registration;

    @Activate
    public DatabaseComponent(StorageConfig config, BundleContext context,
            @Reference(service = DataSourceFactory.class, cardinality = ReferenceCardinality.AT_LEAST_ONE,
                    policyOption = ReferencePolicyOption.GREEDY)
            List<Map.Entry<Map<String, Object>, DataSourceFactory>> factories) {
        JdbcTarget target = JdbcTarget.of(config);
        Optional<DataSourceFactory> factory = pick(factories, target);
        if (factory.isEmpty()) {
            // the reference is greedy: this component is activated again when another driver arrives
            LOG.info("Storage waits for the {} JDBC driver ({})", target.kind(), target.driverClass());
            return;
        }
        opener.execute(() -> open(config, target, factory.get(), context));
    }

    private void open(StorageConfig config, JdbcTarget target, DataSourceFactory factory, BundleContext context) {
        HikariDataSource opened = null;
        try {
            opened = openPool(config, target, factory);
            Database db = new JdbcDatabase(target.kind(), target.safeUrl(), opened);
            db.migrate(MODULE, DatabaseComponent.class.getClassLoader(), CORE_MIGRATIONS);
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(Database.KIND_PROPERTY, target.kind());
            props.put(Feature.PROPERTY, "core");
            synchronized (this) {
                pool = opened;
                registration = context.registerService(Database.class, db, props);
            }
            LOG.info("Storage ready: {} at {}", target.kind(), target.safeUrl());
        } catch (SQLException | RuntimeException e) {
            LOG.error("Storage could not start on {} at {}: {}", target.kind(), target.safeUrl(), rootMessage(e), e);
            if (opened != null) {
                opened.close();
            }
        }
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
    void close() throws InterruptedException {
        opener.shutdown();
        opener.awaitTermination(2, TimeUnit.MINUTES);
        synchronized (this) {
            if (registration != null) {
                registration.unregister();
                pool.close();
            }
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
