package org.tandem.lti.internal.services;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;
import org.tandem.lti.internal.store.LtiDatabase;
import org.tandem.lti.internal.store.ScoreOutbox;
import org.tandem.model.Feature;
import org.tandem.storage.Sql;

/** The grade passback queue in the metrics: scores waiting for the platform, and scores given up on. */
@Component(property = Feature.PROPERTY + "=lti-advantage",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.ADVANTAGE))
public class ScoreMeters implements MeterBinder {
    private final LtiDatabase db;

    @Activate
    public ScoreMeters(@Reference LtiDatabase db) {
        this.db = db;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "waiting", "attempts < ?");
        gauge(registry, "given_up", "attempts >= ?");
    }

    private void gauge(MeterRegistry registry, String status, String attempts) {
        Gauge.builder("tandem.lti.scores", db, d -> d.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM lti_scores"
                + " WHERE delivered_at IS NULL AND " + attempts, ScoreOutbox.MAX_ATTEMPTS)))
                .description("scores not delivered to the platform's gradebook").tag("status", status).register(registry);
    }
}
