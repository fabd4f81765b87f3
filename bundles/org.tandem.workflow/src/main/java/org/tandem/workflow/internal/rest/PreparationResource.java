package org.tandem.workflow.internal.rest;

import static org.tandem.workflow.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.tandem.model.NotFoundException;
import org.tandem.workflow.api.PreparationForm;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.workflow.api.WorkflowState;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/**
 * {@code /api/relationships/{id}/preparation}: each member's preparation form ({@code /{personId}},
 * read by members; {@code /me} to write one's own) and {@code /acceptance}, where a mentor accepts.
 */
@Component(service = PreparationResource.class, property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
@JaxrsResource
@JaxrsName("tandem.workflow.preparation")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("relationships/{id}/preparation")
@Produces(MediaType.APPLICATION_JSON)
public class PreparationResource {
    private final WorkflowService workflow;

    @Activate
    public PreparationResource(@Reference WorkflowService workflow) {
        this.workflow = workflow;
    }

    @GET
    @Path("{personId}")
    public PreparationForm preparation(@PathParam("id") String id, @PathParam("personId") String personId,
            @Context SecurityContext sc) {
        WorkflowState s = Parties.load(sc, workflow, id);
        String who = "me".equals(personId) ? Parties.member(sc, s).personId() : personId;
        Parties.member(sc, s);
        return workflow.preparation(id, who).orElseThrow(() -> new NotFoundException(TEXT.format("preparation.none",
                "name", s.nameOf(who))));
    }

    @ApiResponse(responseCode = "204", description = "Saved")
    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response prepare(@PathParam("id") String id, PreparationForm form, @Context SecurityContext sc) {
        workflow.prepare(id, Parties.actor(sc, Parties.load(sc, workflow, id)), Bodies.required(form));
        return Response.noContent().build();
    }

    @ApiResponse(responseCode = "204", description = "Accepted")
    @POST
    @Path("acceptance")
    public Response accept(@PathParam("id") String id, @Context SecurityContext sc) {
        workflow.accept(id, Parties.actor(sc, Parties.load(sc, workflow, id)));
        return Response.noContent().build();
    }
}
