package org.tandem.rest.internal;

import java.util.Arrays;
import java.util.List;
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
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.model.Feature;
import org.tandem.rest.api.RestApi;
import org.tandem.storage.Database;

/**
 * {@code GET /api/health}: up or down, the version, the database kind and the active features. It
 * answers also when storage is down (503), so an administrator sees why.
 */
@Component(service = HealthResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.health")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("health")
public class HealthResource {
    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Database database;

    /** The health report as JSON. */
    public static class Health {
        public String status;
        public String version;
        public String database;
        public List<String> features;
        public String detail;
    }

    @Activate
    public HealthResource(BundleContext context) {
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Health h = new Health();
        h.version = context.getBundle().getVersion().toString();
        h.features = features();
        Database db = database;
        if (db == null) {
            h.status = "DOWN";
            h.database = "unavailable";
            h.detail = "Storage is not running: see the server log and the org.tandem.storage configuration.";
            return Response.status(503).entity(h).build();
        }
        h.database = db.kind();
        try {
            db.inTransaction(c -> c.isValid(2));
            h.status = "UP";
            return Response.ok(h).build();
        } catch (RuntimeException e) {
            h.status = "DOWN";
            h.detail = "The " + db.kind() + " database does not answer: " + e.getMessage();
            return Response.status(503).entity(h).build();
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
