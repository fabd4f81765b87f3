package org.tandem.demo.internal.seed;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.util.Map;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.Feature;
import org.tandem.rest.api.Credentials;
import org.tandem.rest.api.Problem;
import org.tandem.rest.api.RestApi;

/**
 * {@code POST /api/demo/reset}, only in try-it mode: fresh sample people in a fresh sample program, as
 * at the first start. Anyone who reaches the server may, as they may open Tandem as any sample person.
 */
@Component(service = DemoResource.class, property = Feature.PROPERTY + "=lti")
@JaxrsResource
@JaxrsName("tandem.demo")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Credentials(Credentials.Kind.NONE)
@Path("demo")
@Produces(MediaType.APPLICATION_JSON)
public class DemoResource {
    private static final Logger LOG = LoggerFactory.getLogger(DemoResource.class);
    private final Seeder seeder;

    @Activate
    public DemoResource(@Reference Seeder seeder) {
        this.seeder = seeder;
    }

    @ApiResponse(responseCode = "200", description = "The new generation of sample data: {\"generation\": n}", content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @POST
    @Path("reset")
    public Response reset() {
        try {
            return Response.ok(Map.of("generation", seeder.reset())).build();
        } catch (IOException e) {
            LOG.error("Resetting the sample data failed: {}", e.getMessage(), e);
            return Response.status(503).type(RestApi.PROBLEM_JSON).entity(new Problem("sample-data-failed",
                    "The sample data could not be made", 503, "The sample data could not be made again: "
                            + e.getMessage())).build();
        }
    }
}
