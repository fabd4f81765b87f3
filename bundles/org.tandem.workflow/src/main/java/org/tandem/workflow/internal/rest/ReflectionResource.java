package org.tandem.workflow.internal.rest;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.model.Feature;
import org.tandem.rest.api.RestApi;
import org.tandem.workflow.api.Reflection;
import org.tandem.workflow.api.ReflectionService;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/** {@code /api/relationships/{id}/reflections}: closing reflections, read by members; {@code /me} to write one's own. */
@Component(service = ReflectionResource.class, property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
@JaxrsResource
@JaxrsName("tandem.workflow.reflections")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("relationships/{id}/reflections")
@Produces(MediaType.APPLICATION_JSON)
public class ReflectionResource {
    private final WorkflowService workflow;
    private final ReflectionService reflections;

    @Activate
    public ReflectionResource(@Reference WorkflowService workflow, @Reference ReflectionService reflections) {
        this.workflow = workflow;
        this.reflections = reflections;
    }

    @GET
    public Map<String, Reflection> reflections(@PathParam("id") String id, @Context SecurityContext sc) {
        return reflections.reflections(id, Parties.actor(sc, Parties.load(sc, workflow, id)));
    }

    @ApiResponse(responseCode = "204", description = "Saved")
    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reflect(@PathParam("id") String id, Reflection reflection, @Context SecurityContext sc) {
        reflections.reflect(id, Parties.actor(sc, Parties.load(sc, workflow, id)), Bodies.required(reflection));
        return Response.noContent().build();
    }
}
