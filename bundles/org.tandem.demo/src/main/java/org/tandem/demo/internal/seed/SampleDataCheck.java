package org.tandem.demo.internal.seed;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.demo.internal.TryItMode;
import org.tandem.model.Feature;
import org.tandem.rest.api.HealthCheck;

/**
 * {@code sample-data} in {@code /api/health}: this server runs in try-it mode. The start page and the
 * app show their "sample data" band from it, and a monitoring system sees it too.
 */
@Component(property = Feature.PROPERTY + "=lti")
public class SampleDataCheck implements HealthCheck {
    private final SampleState state;
    private final Seeder seeder;

    @Activate
    public SampleDataCheck(@Reference TryItMode mode, @Reference SampleState state, @Reference Seeder seeder) {
        this.state = state;
        this.seeder = seeder;
    }

    @Override
    public String name() {
        return "sample-data";
    }

    @Override
    public Check check() {
        return new Check(Status.UP, "Try-it mode: a sample platform and program with made-up people"
                + (seeder.busy() ? " (being made now)" : state.seeded() ? "" : " (not made yet)") + ". Nothing here is real.");
    }
}
