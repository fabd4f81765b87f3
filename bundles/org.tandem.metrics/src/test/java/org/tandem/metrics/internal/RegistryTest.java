package org.tandem.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.junit.jupiter.api.Test;

class RegistryTest {
    private final Registry registry = new Registry();

    @Test
    void aFeaturesGaugesGoWhenItStops() throws Exception {
        MeterBinder outbox = r -> Gauge.builder("tandem.test.outbox", () -> 3).register(r);
        registry.bind(outbox);
        assertTrue(scrape().contains("tandem_test_outbox 3.0"), scrape());
        registry.unbind(outbox);
        assertFalse(scrape().contains("tandem_test_outbox"), scrape());
    }

    @Test
    void aBinderThatThrowsLeavesTheOthersAlone() throws Exception {
        registry.bind(r -> {
            throw new IllegalStateException("broken");
        });
        registry.bind(r -> Gauge.builder("tandem.test.fine", () -> 1).register(r));
        assertTrue(scrape().contains("tandem_test_fine 1.0"), scrape());
    }

    private String scrape() throws Exception {
        var field = Registry.class.getDeclaredField("registry");
        field.setAccessible(true);
        return ((io.micrometer.prometheusmetrics.PrometheusMeterRegistry) field.get(registry)).scrape();
    }
}
