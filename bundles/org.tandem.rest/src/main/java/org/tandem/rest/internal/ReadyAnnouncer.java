package org.tandem.rest.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.rest.api.RestApi;
import org.tandem.storage.Database;

/**
 * Tells the administrator on the console where to open Tandem, once the core API is really served:
 * the JAX-RS runtime publishes resources asynchronously, after their services appear.
 */
@Component
public class ReadyAnnouncer {
    private static final Logger LOG = LoggerFactory.getLogger(ReadyAnnouncer.class);
    static final Set<String> CORE = Set.of("tandem.health", "tandem.programs", "tandem.people",
            "tandem.relationships");

    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tandem-ready");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> task;

    @Activate
    public ReadyAnnouncer(@Reference JaxrsServiceRuntime runtime, @Reference Database database) {
        long deadline = System.currentTimeMillis() + 120_000;
        task = poller.scheduleWithFixedDelay(() -> {
            if (served(runtime)) {
                announce("Tandem is ready at " + endpoint(runtime) + " (health: " + endpoint(runtime)
                        + "api/health, database: " + database.kind() + ")");
            } else if (System.currentTimeMillis() > deadline) {
                announce("Tandem started, but the REST API is still not served after 2 minutes: see the log above.");
            }
        }, 0, 50, TimeUnit.MILLISECONDS);
    }

    private void announce(String message) {
        System.out.println(message);
        LOG.info(message);
        task.cancel(false);
    }

    @Deactivate
    void stop() {
        poller.shutdownNow();
    }

    static boolean served(JaxrsServiceRuntime runtime) {
        for (ApplicationDTO app : runtime.getRuntimeDTO().applicationDTOs) {
            if (RestApi.APPLICATION_NAME.equals(app.name)) {
                Set<String> names = Arrays.stream(app.resourceDTOs).map((ResourceDTO r) -> r.name)
                        .collect(Collectors.toSet());
                return names.containsAll(CORE);
            }
        }
        return false;
    }

    private static String endpoint(JaxrsServiceRuntime runtime) {
        Object value = runtime.getRuntimeDTO().serviceDTO.properties
                .get(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT);
        List<String> endpoints = value instanceof String[] many ? List.of(many)
                : value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(value.toString());
        String first = endpoints.stream().filter(e -> e.startsWith("http")).findFirst()
                .orElse("http://127.0.0.1:8080/");
        return first.endsWith("/") ? first : first + "/";
    }
}
