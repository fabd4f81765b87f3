package org.tandem.privacy.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.Feature;

/**
 * Keeps the access log itself within its retention: every {@code checkMinutes}, reads older than
 * {@code accessLogDays} are deleted. The delete is one statement with a cut-off, so two nodes that run it
 * at once delete the same rows once and nothing else.
 */
@Component(service = AccessLogRetention.class, configurationPid = PrivacyConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = Feature.PROPERTY + "=core")
@Designate(ocd = PrivacyConfig.class)
public class AccessLogRetention {
    private static final Logger LOG = LoggerFactory.getLogger(AccessLogRetention.class);
    private final AccessLogStore store;
    private final Duration keep;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "tandem-privacy-retention"));

    @Activate
    public AccessLogRetention(@Reference AccessLogStore store, PrivacyConfig config) {
        this.store = store;
        this.keep = Duration.ofDays(config.accessLogDays());
        timer.scheduleWithFixedDelay(this::run, 1, config.checkMinutes() * 60L, TimeUnit.SECONDS);
    }

    private void run() {
        try {
            runAt(Instant.now());
        } catch (RuntimeException e) {
            LOG.error("The access log's retention could not run: {}; it tries again at its next run", e.getMessage(), e);
        }
    }

    /** Deletes what is older than the retention at {@code now}; returns how many reads went. */
    public int runAt(Instant now) {
        int gone = store.deleteBefore(now.minus(keep));
        if (gone > 0) {
            LOG.info("Access log retention: {} read(s) older than {} days deleted", gone, keep.toDays());
        }
        return gone;
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
