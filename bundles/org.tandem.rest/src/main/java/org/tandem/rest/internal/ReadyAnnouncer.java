package org.tandem.rest.internal;

import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.rest.internal.gate.ApiState;
import org.tandem.storage.Database;

/**
 * Tells the administrator on the console where to open Tandem, once the API really serves every
 * running feature's resources ({@link ApiState}): "ready" is never printed while a request could still
 * get a 404 for an endpoint that is coming.
 */
@Component
public class ReadyAnnouncer {
    private static final Logger LOG = LoggerFactory.getLogger(ReadyAnnouncer.class);
    private final Thread waiter;

    @Activate
    public ReadyAnnouncer(@Reference ApiState api, @Reference JaxrsServiceRuntime runtime, @Reference Database database) {
        long deadline = System.currentTimeMillis() + Long.getLong("tandem.ready.timeout", 120_000L);
        waiter = new Thread(() -> await(api, runtime, database, deadline), "tandem-ready");
        waiter.setDaemon(true);
        waiter.start();
    }

    private static void await(ApiState api, JaxrsServiceRuntime runtime, Database database, long deadline) {
        try {
            while (!api.serving() && System.currentTimeMillis() < deadline) {
                api.awaitSettled(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // deactivated
        }
        if (api.serving()) {
            String at = endpoint(runtime);
            announce("Tandem is ready at " + at + " (health: " + at + "api/health, database: " + database.kind() + ")");
        } else {
            announce("Tandem started, but the REST API is still not served after 2 minutes: see the log above.");
            logFailures(runtime);
        }
    }

    private static void announce(String message) {
        System.out.println(message);
        LOG.info(message);
    }

    /** What the JAX-RS whiteboard refused and why (failure reasons are the constants of {@code DTOConstants}). */
    private static void logFailures(JaxrsServiceRuntime runtime) {
        var dto = runtime.getRuntimeDTO();
        for (var a : dto.failedApplicationDTOs) {
            LOG.error("JAX-RS application {} (base {}) not served, reason {}", a.name, a.base, a.failureReason);
        }
        for (var r : dto.failedResourceDTOs) {
            LOG.error("JAX-RS resource {} not served, reason {}", r.name, r.failureReason);
        }
        for (var e : dto.failedExtensionDTOs) {
            LOG.error("JAX-RS extension {} not served, reason {}", e.name, e.failureReason);
        }
    }

    @Deactivate
    void stop() {
        waiter.interrupt();
    }

    private static String endpoint(JaxrsServiceRuntime runtime) {
        Object value;
        try {
            value = runtime.getRuntimeDTO().serviceDTO.properties.get(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT);
        } catch (RuntimeException e) {
            value = null; // the address the whiteboard reports is a nicety: fall back to the default
        }
        List<String> endpoints = value instanceof String[] many ? List.of(many)
                : value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(value.toString());
        String first = endpoints.stream().filter(e -> e.startsWith("http")).findFirst()
                .orElse("http://127.0.0.1:8080/");
        return first.endsWith("/") ? first : first + "/";
    }
}
