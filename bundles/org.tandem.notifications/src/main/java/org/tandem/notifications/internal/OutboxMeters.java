package org.tandem.notifications.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.notifications.internal.store.NotifyDatabase;
import org.tandem.notifications.internal.store.Outbox;
import org.tandem.storage.Sql;

/**
 * The outbox in the metrics: mails waiting and failed for good (one query per scrape, shared by both
 * gauges for a second), and the mails this node handed to the SMTP server.
 */
@Component(property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
public class OutboxMeters implements MeterBinder {
    private final NotifyDatabase db;
    private final Dispatcher dispatcher;
    private Map<String, Long> counts = Map.of();
    private long countedAt;

    @Activate
    public OutboxMeters(@Reference NotifyDatabase db, @Reference Dispatcher dispatcher) {
        this.db = db;
        this.dispatcher = dispatcher;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : new String[] {Outbox.PENDING, Outbox.FAILED}) {
            Gauge.builder("tandem.notifications.outbox", this, m -> m.count(status))
                    .description("mails in the outbox by status").tag("status", status.toLowerCase(java.util.Locale.ROOT))
                    .register(registry);
        }
        io.micrometer.core.instrument.FunctionCounter.builder("tandem.notifications.sent", dispatcher,
                Dispatcher::sent).description("mails this node handed to the SMTP server").register(registry);
    }

    private synchronized double count(String status) {
        if (System.currentTimeMillis() - countedAt > 1000) {
            Map<String, Long> out = new HashMap<>();
            db.inTransaction(c -> Sql.query(c, "SELECT status, COUNT(*) FROM notify_mail GROUP BY status",
                    rs -> Map.entry(rs.getString(1), rs.getLong(2)))).forEach(e -> out.put(e.getKey(), e.getValue()));
            counts = out;
            countedAt = System.currentTimeMillis();
        }
        return counts.getOrDefault(status, 0L);
    }
}
