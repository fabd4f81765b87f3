package org.tandem.feedback.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.feedback.internal.store.FeedbackDatabase;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.storage.Sql;

/** The feedback schedule's queue in the metrics: forms waiting for their time to open. */
@Component(property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
public class DueMeters implements MeterBinder {
    private final FeedbackDatabase db;

    @Activate
    public DueMeters(@Reference FeedbackDatabase db) {
        this.db = db;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("tandem.feedback.due", db, d -> d.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM feedback_due")))
                .description("feedback forms scheduled to open").register(registry);
    }
}
