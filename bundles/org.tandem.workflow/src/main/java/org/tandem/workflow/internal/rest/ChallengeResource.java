package org.tandem.workflow.internal.rest;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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
import org.tandem.model.StaleVersionException;
import org.tandem.rest.api.Conditional;
import org.tandem.workflow.api.Challenge;
import org.tandem.workflow.api.MeetingService;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/** {@code /api/relationships/{id}/challenges}: raised and resolved by the members. */
@Component(service = ChallengeResource.class, property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
@JaxrsResource
@JaxrsName("tandem.workflow.challenges")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("relationships/{id}/challenges")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeResource {
    private final WorkflowService workflow;
    private final MeetingService meetings;

    @Activate
    public ChallengeResource(@Reference WorkflowService workflow, @Reference MeetingService meetings) {
        this.workflow = workflow;
        this.meetings = meetings;
    }

    @GET
    public List<Challenge> challenges(@PathParam("id") String id, @Context SecurityContext sc) {
        return meetings.challenges(id, Parties.actor(sc, Parties.load(sc, workflow, id)));
    }

    @ApiResponse(responseCode = "201", description = "Raised",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Challenge.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response raise(@PathParam("id") String id, Bodies.ChallengeRequest body, @Context SecurityContext sc) {
        Bodies.ChallengeRequest b = Bodies.required(body);
        return Response.status(201).entity(meetings.raise(id, Parties.actor(sc, Parties.load(sc, workflow, id)), b.title(),
                b.description())).build();
    }

    @POST
    @Path("{challengeId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    public Challenge resolve(@PathParam("id") String id, @PathParam("challengeId") String challengeId,
            @HeaderParam("If-Match") String ifMatch, Bodies.Resolution body, @Context SecurityContext sc) {
        Bodies.Resolution b = Bodies.required(body);
        long version = Conditional.expectedVersion(ifMatch, b.version());
        try {
            return meetings.resolve(id, Parties.actor(sc, Parties.load(sc, workflow, id)), challengeId, version, b.resolution());
        } catch (StaleVersionException e) {
            throw Conditional.stale(e, ifMatch);
        }
    }
}
