package org.tandem.workflow.internal.rest;

import static org.tandem.workflow.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.tandem.model.StaleVersionException;
import org.tandem.rest.api.Conditional;
import org.tandem.workflow.api.Meeting;
import org.tandem.workflow.api.MeetingService;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/**
 * {@code /api/relationships/{id}/meetings}, with each member's own {@code /{meetingId}/private-note}.
 * Members only; a private note only for its author.
 */
@Component(service = MeetingResource.class, property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
@JaxrsResource
@JaxrsName("tandem.workflow.meetings")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("relationships/{id}/meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {
    private final WorkflowService workflow;
    private final MeetingService meetings;

    @Activate
    public MeetingResource(@Reference WorkflowService workflow, @Reference MeetingService meetings) {
        this.workflow = workflow;
        this.meetings = meetings;
    }

    @GET
    public List<Meeting> meetings(@PathParam("id") String id, @Context SecurityContext sc) {
        return meetings.meetings(id, Parties.actor(sc, Parties.load(sc, workflow, id)));
    }

    @ApiResponse(responseCode = "201", description = "Planned or logged",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Meeting.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(@PathParam("id") String id, Meeting meeting, @Context SecurityContext sc) {
        Meeting m = meetings.plan(id, Parties.actor(sc, Parties.load(sc, workflow, id)), Bodies.required(meeting));
        return Response.status(201).entity(m).tag(Conditional.etag(m.version())).build();
    }

    @ApiResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Meeting.class)))
    @PUT
    @Path("{meetingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @PathParam("meetingId") String meetingId,
            @HeaderParam("If-Match") String ifMatch, Meeting meeting, @Context SecurityContext sc) {
        Meeting m = Bodies.required(meeting);
        long version = Conditional.expectedVersion(ifMatch, m.version() == 0 ? null : m.version());
        Meeting changed = new Meeting(meetingId, version, m.kind(), m.startsAt(), m.minutes(), m.mode(), m.agenda(),
                m.status(), m.sharedNotes(), m.nextSteps(), null, null, m.location());
        try {
            Meeting stored = meetings.update(id, Parties.actor(sc, Parties.load(sc, workflow, id)), changed);
            return Response.ok(stored).tag(Conditional.etag(stored.version())).build();
        } catch (StaleVersionException e) {
            throw Conditional.stale(e, ifMatch);
        }
    }

    @GET
    @Path("{meetingId}/private-note")
    public Bodies.Note privateNote(@PathParam("id") String id, @PathParam("meetingId") String meetingId,
            @Context SecurityContext sc) {
        return meetings.privateNote(id, meetingId, Parties.actor(sc, Parties.load(sc, workflow, id))).map(Bodies.Note::new)
                .orElseThrow(() -> new NotFoundException(TEXT.format("meeting.no-private-note")));
    }

    @ApiResponse(responseCode = "204", description = "Saved; only its author reads it")
    @PUT
    @Path("{meetingId}/private-note")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response writePrivateNote(@PathParam("id") String id, @PathParam("meetingId") String meetingId,
            Bodies.Note note, @Context SecurityContext sc) {
        meetings.writePrivateNote(id, meetingId, Parties.actor(sc, Parties.load(sc, workflow, id)), Bodies.required(note).note());
        return Response.noContent().build();
    }
}
