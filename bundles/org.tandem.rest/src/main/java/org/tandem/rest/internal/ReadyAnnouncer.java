package org.tandem.rest.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.rest.api.RestApi;
import org.tandem.storage.Database;

/**
 * Tells the administrator on the console where to open Tandem, once the API is really served: every
 * resource registered for it appears in the JAX-RS runtime, and the set has been quiet for a moment.
 * The whiteboard republishes the application whenever a resource arrives, answering 404 meanwhile.
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
    private static final int QUIET_POLLS = 6;
    private Set<Long> lastServed = Set.of();
    private int quiet;

    @Activate
    public ReadyAnnouncer(BundleContext context, @Reference JaxrsServiceRuntime runtime,
            @Reference Database database) {
        switched = Arrays.stream(context.getBundles()).anyMatch(b -> "org.tandem.features".equals(b.getSymbolicName()));
        long deadline = System.currentTimeMillis() + Long.getLong("tandem.ready.timeout", 120_000L);
        poller.scheduleWithFixedDelay(() -> poll(context, runtime, database, deadline), 0, 50,
                TimeUnit.MILLISECONDS);
    }

    /**
     * One look. It must never throw: an executor drops a periodic task that throws, and the ready line
     * would then never come (the runtime's DTOs can be half-built while the whiteboard republishes).
     */
    private void poll(BundleContext context, JaxrsServiceRuntime runtime, Database database, long deadline) {
        boolean ready;
        try {
            ready = settled(context, runtime);
        } catch (RuntimeException e) {
            quiet = 0;
            ready = false;
            LOG.debug("The REST API is changing; looking again", e);
        }
        if (ready) {
            String at = endpoint(runtime);
            announce("Tandem is ready at " + at + " (health: " + at + "api/health, database: " + database.kind() + ")");
        } else if (System.currentTimeMillis() > deadline) {
            announce("Tandem started, but the REST API is still not served after 2 minutes: see the log above.");
            logFailures(runtime);
        }
    }

    private void announce(String message) {
        System.out.println(message);
        LOG.info(message);
        poller.shutdown(); // no more looks, whichever thread got here first

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
        poller.shutdownNow();
    }

    /** The core resources and every other registered one are served, and nothing changed for a while. */
    /** Whether the feature switch is part of this runtime (its bundle is installed). */
    private final boolean switched;

    private boolean settled(BundleContext context, JaxrsServiceRuntime runtime) {
        Optional<ApplicationDTO> app = Arrays.stream(runtime.getRuntimeDTO().applicationDTOs)
                .filter(a -> RestApi.APPLICATION_NAME.equals(a.name)).findFirst();
        if (app.isEmpty()) {
            return false;
        }
        ResourceDTO[] resources = app.get().resourceDTOs == null ? new ResourceDTO[0] : app.get().resourceDTOs;
        Set<String> names = Arrays.stream(resources).map((ResourceDTO r) -> r.name).collect(Collectors.toSet());
        Set<Long> served = Arrays.stream(resources).map(r -> r.serviceId).collect(Collectors.toSet());
        boolean all = featuresStarted(context, switched) && names.containsAll(CORE) && served.containsAll(registered(context));
        quiet = all && served.equals(lastServed) ? quiet + 1 : 0;
        lastServed = served;
        return quiet >= QUIET_POLLS;
    }

    /**
     * Whether the feature switch (bundle {@code org.tandem.features}, where installed) has started every
     * feature that should run: features start one after the other, and their resources with them.
     */
    private static boolean featuresStarted(BundleContext context, boolean installed) {
        try {
            return !installed || context.getServiceReferences((String) null, "(tandem.features.applied=true)") != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<Long> registered(BundleContext context) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(&("
                    + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)(" + JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT
                    + "=" + RestApi.APPLICATION_SELECT.replace("(", "\\(").replace(")", "\\)") + "))");
            return refs == null ? Set.of() : Arrays.stream(refs).map(r -> (Long) r.getProperty(Constants.SERVICE_ID))
                    .collect(Collectors.toSet());
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
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
