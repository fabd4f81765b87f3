package org.tandem.metrics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tandem metrics",
        description = "The Prometheus scrape endpoint GET /api/metrics.")
public @interface MetricsConfig {
    String PID = "org.tandem.metrics";

    @AttributeDefinition(description = "Let anyone who reaches the server read the metrics, without the admin"
            + " token (only where the port is on a private network). Default: the admin token is required.")
    boolean open() default false;
}
