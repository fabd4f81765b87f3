package org.tandem.metrics.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.tandem.model.Feature;
import org.tandem.rest.api.RestApi;

/**
 * Times every API request by route template (never the raw path: ids would make a series each),
 * method and status, into {@code tandem_http_server_requests_seconds} with fixed buckets, so that a
 * p99 can be read from Prometheus for any route.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class},
        property = Feature.PROPERTY + "=core")
@JaxrsExtension
@JaxrsName("tandem.metrics.requests")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@PreMatching
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {
    static final String NAME = "tandem.http.server.requests";
    private static final String STARTED = RequestMetrics.class.getName() + ".started";
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};
    private final MeterRegistry registry;
    private final Map<Method, String> routes = new ConcurrentHashMap<>();
    /** A timer per method, route and status: built once, not per request. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Activate
    public RequestMetrics(@Reference MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long since)) {
            return;
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        String route = method == null ? "unmatched" : routes.computeIfAbsent(method,
                m -> route(resource.getResourceClass(), m));
        String verb = request.getMethod();
        int status = response.getStatus();
        timers.computeIfAbsent(verb + ' ' + route + ' ' + status, k -> Timer.builder(NAME)
                .description("API requests by route, method and status").tag("method", verb).tag("route", route)
                .tag("status", Integer.toString(status)).serviceLevelObjectives(BUCKETS).register(registry))
                .record(System.nanoTime() - since, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** {@code /api} + the class's and the method's {@code @Path}: {@code /api/programs/{id}}. */
    static String route(Class<?> type, Method method) {
        StringBuilder route = new StringBuilder(RestApi.BASE);
        append(route, type == null ? null : type.getAnnotation(Path.class));
        append(route, method.getAnnotation(Path.class));
        return route.toString();
    }

    private static void append(StringBuilder route, Path path) {
        if (path == null) {
            return;
        }
        String value = path.value().replaceAll("^/+|/+$", "");
        if (!value.isEmpty()) {
            route.append('/').append(value);
        }
    }
}
