package org.tandem.demo.internal.seed;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.json.JsonArray;
import javax.json.JsonObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.demo.internal.TryItMode;
import org.tandem.demo.internal.platform.SamplePlatform;
import org.tandem.model.Feature;

/**
 * Fills the sample program once the server serves (at the first start in try-it mode), and again on a
 * reset, into the next generation. One at a time; what it did is logged.
 */
@Component(service = Seeder.class, property = Feature.PROPERTY + "=lti")
public class Seeder {
    private static final Logger LOG = LoggerFactory.getLogger(Seeder.class);
    private final SampleState state;
    private final SelfHttp http;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "tandem-demo-seed"));
    private volatile boolean busy;

    @Activate
    public Seeder(@Reference TryItMode mode, @Reference SampleState state, @Reference SamplePlatform platform) {
        this.state = state;
        this.http = new SelfHttp(mode.baseUrl());
        worker.submit(this::firstStart);
    }

    private void firstStart() {
        try {
            if (!state.seeded()) {
                awaitServing();
                fill(state.generation());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("The sample program could not be made: {}. Reset it from the start page to try again.",
                    e.getMessage(), e);
        }
    }

    /** Starts the next generation of sample people and program; returns it once it is filled. */
    public int reset() throws IOException {
        synchronized (this) {
            int generation = state.next();
            fill(generation);
            return generation;
        }
    }

    public boolean busy() {
        return busy;
    }

    private synchronized void fill(int generation) throws IOException {
        busy = true;
        long start = System.nanoTime();
        try {
            new SampleProgram(http).fill();
            state.markSeeded(generation);
            LOG.info("Try-it mode: the sample program (generation {}) is ready, made in {} ms", generation,
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            busy = false;
        }
    }

    /** Until every switched-on feature runs and the sample platform's key is served (at most a minute). */
    private void awaitServing() throws IOException {
        for (int i = 0; i < 120; i++) {
            HttpResponse<String> features = http.api("GET", "/features", null, null, null);
            if (features.statusCode() == 200 && allActive((JsonArray) SelfHttp.json(features.body()))
                    && http.get(http.base() + "/demo/platform/jwks", null).statusCode() == 200) {
                return;
            }
            SelfHttp.pause(500);
        }
        throw new IOException("the server did not start serving within a minute");
    }

    private static boolean allActive(JsonArray features) {
        return features.getValuesAs(JsonObject.class).stream().allMatch(f -> !f.getBoolean("enabled") || f.getBoolean("active"));
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }
}
