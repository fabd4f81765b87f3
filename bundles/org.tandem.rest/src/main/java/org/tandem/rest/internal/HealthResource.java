package org.tandem.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.TreeSet;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.model.Feature;
import org.tandem.rest.api.HealthCheck;
import org.tandem.rest.api.RestApi;
import org.tandem.storage.Database;
import org.tandem.storage.PoolStats;
import org.tandem.rest.api.Credentials;

/**
 * {@code GET /api/health}: up or down, the version, the database kind, the active features and each
 * dependency ({@code checks}: the database and what features register as {@link HealthCheck}). It
 * answers also when storage is down (503), so an administrator sees why; a dependency other than the
 * database that is down (the mail server) is reported, but the server still answers 200: it serves.
 */
@Component(service = HealthResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.health")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Credentials(Credentials.Kind.NONE)
@Path("health")
public class HealthResource {
    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Database database;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<HealthCheck> dependencies = List.of();

    /** The health report as JSON. */
    public static class Health {
        public String status;
        public String version;
        public String database;
        public List<String> features;
        public String detail;
        /** Each dependency by name: its status and what it means. */
        public Map<String, Dependency> checks;
    }

    /** A dependency in the health report. */
    public static class Dependency {
        public String status;
        public String detail;

        Dependency(String status, String detail) {
            this.status = status;
            this.detail = detail;
        }
    }

    @Activate
    public HealthResource(BundleContext context) {
        this.context = context;
    }

    @ApiResponse(responseCode = "200", description = "Up",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthResource.Health.class)))
    @ApiResponse(responseCode = "503", description = "Down: the database does not answer; detail says why",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthResource.Health.class)))
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Health h = new Health();
        h.version = context.getBundle().getVersion().toString();
        h.features = features();
        h.checks = new TreeMap<>();
        Database db = database;
        if (db == null) {
            h.status = "DOWN";
            h.database = "unavailable";
            h.detail = "Storage is not running: see the server log and the org.tandem.storage configuration.";
            h.checks.put("database", new Dependency("DOWN", h.detail));
            return Response.status(503).entity(h).build();
        }
        h.database = db.kind();
        others(h.checks);
        try {
            db.inTransaction(c -> c.isValid(2));
            PoolStats pool = db.pool();
            h.status = "UP";
            h.checks.put("database", new Dependency("UP", db.kind() + ": " + pool.active() + " of " + pool.max()
                    + " connections in use, " + pool.waiting() + " requests waiting for one"));
            return Response.ok(h).build();
        } catch (RuntimeException e) {
            h.status = "DOWN";
            h.detail = "The " + db.kind() + " database does not answer: " + e.getMessage();
            h.checks.put("database", new Dependency("DOWN", h.detail));
            return Response.status(503).entity(h).build();
        }
    }

    /** What each feature's {@link HealthCheck} says; a check that fails is reported DOWN with its error. */
    private void others(Map<String, Dependency> checks) {
        for (HealthCheck check : dependencies) {
            try {
                HealthCheck.Check c = check.check();
                checks.put(check.name(), new Dependency(c.status().name(), c.detail()));
            } catch (RuntimeException e) {
                checks.put(check.name(), new Dependency("DOWN", "The check failed: " + e));
            }
        }
    }

    private List<String> features() {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(" + Feature.PROPERTY + "=*)");
            TreeSet<String> names = new TreeSet<>();
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                Object value = ref.getProperty(Feature.PROPERTY);
                if (value instanceof String[] many) {
                    names.addAll(Arrays.asList(many));
                } else {
                    names.add(Objects.toString(value));
                }
            }
            return List.copyOf(names);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
