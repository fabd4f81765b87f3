package org.tandem.features.internal;

import static org.tandem.features.internal.Texts.TEXT;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.model.Feature;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.RestApi;
import org.tandem.rest.api.Credentials;

/**
 * {@code GET /api/features}: every feature, and whether it runs (the app shows only what runs).
 * {@code PUT /api/admin/features/{name}} with {@code {"enabled": true|false}}: the switch, for the
 * server's administrators.
 */
@Component(service = FeaturesResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.features")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class FeaturesResource {
    private final FeatureManager features;
    private final AdminGate gate;

    /** The body of a switch. */
    public static class Switch {
        public Boolean enabled;
    }

    @Activate
    public FeaturesResource(@Reference FeatureManager features, @Reference AdminGate gate) {
        this.features = features;
        this.gate = gate;
    }

    @Credentials(Credentials.Kind.NONE)
    @GET
    @Path("features")
    public List<FeatureState> list() {
        return features.states();
    }

    @Credentials(Credentials.Kind.ADMIN_TOKEN)
    @PUT
    @Path("admin/features/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<FeatureState> set(@PathParam("name") String name, Switch body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        gate.require(auth);
        if (body == null || body.enabled == null) {
            throw new ValidationException("enabled", TEXT.format("feature.enabled"));
        }
        features.set(name, body.enabled);
        return features.states();
    }
}
