package org.tandem.metrics.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToIntFunction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.storage.Database;
import org.tandem.storage.PoolStats;

/** The connection pool: connections in use and idle, threads waiting for one, and the most it opens. */
@Component(service = MeterBinder.class)
public class PoolMeters implements MeterBinder {
    private final Database db;

    @Activate
    public PoolMeters(@Reference Database db) {
        this.db = db;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "active", "connections in use by a transaction", PoolStats::active);
        gauge(registry, "idle", "open connections waiting for work", PoolStats::idle);
        gauge(registry, "waiting", "threads waiting for a connection", PoolStats::waiting);
        gauge(registry, "max", "the most connections the pool opens", PoolStats::max);
    }

    private void gauge(MeterRegistry registry, String what, String description, ToIntFunction<PoolStats> value) {
        Gauge.builder("tandem.db.pool." + what, db, d -> value.applyAsInt(d.pool())).description(description)
                .tag("database", db.kind()).register(registry);
    }
}
