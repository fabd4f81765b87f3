package org.tandem.lti.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.Feature;
import org.tandem.storage.Sql;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * Deletes spent logins and expired sessions once a minute, off the launch path (a delete per launch
 * cost each launch a write lock and more log). Every node sweeps; the deletes are idempotent.
 */
@Component(property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class Sweeper {
    private static final Logger LOG = LoggerFactory.getLogger(Sweeper.class);
    private final LtiDatabase db;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tandem-lti-sweeper");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public Sweeper(@Reference LtiDatabase db) {
        this.db = db;
        timer.scheduleWithFixedDelay(this::sweep, 0, 60, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    void sweep() {
        try {
            Instant now = Instant.now();
            int logins = db.inTransaction(c -> Sql.update(c, "DELETE FROM lti_logins WHERE created_at < ?",
                    Timestamp.from(now.minus(LoginStore.KEPT))));
            int sessions = db.inTransaction(c -> Sql.update(c, "DELETE FROM lti_sessions WHERE expires_at < ?",
                    Timestamp.from(now)));
            LOG.debug("Swept {} old logins and {} expired sessions", logins, sessions);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete old LTI logins and sessions (will retry in a minute): {}", e.getMessage());
        }
    }
}
