package org.tandem.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.NotAuthenticatedException;

class MetricsResourceTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AdminGate gate = authorization -> "Bearer the-admin-token".equals(authorization);

    MetricsResourceTest() {
        registry.counter("tandem.test.things").increment();
    }

    @Test
    void theScrapeNeedsTheAdminToken() {
        MetricsResource closed = new MetricsResource(registry, gate, config(false));
        assertThrows(NotAuthenticatedException.class, () -> closed.text(null));
        assertThrows(NotAuthenticatedException.class, () -> closed.text("Bearer a-guess"));
        String text = closed.text("Bearer the-admin-token");
        assertTrue(text.contains("tandem_test_things_total 1.0"), text);
    }

    @Test
    void anOpenScrapeNeedsNone() {
        assertTrue(new MetricsResource(registry, gate, config(true)).text(null).contains("tandem_test_things_total"));
    }

    private static MetricsConfig config(boolean open) {
        return new MetricsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MetricsConfig.class;
            }

            @Override
            public boolean open() {
                return open;
            }
        };
    }
}
