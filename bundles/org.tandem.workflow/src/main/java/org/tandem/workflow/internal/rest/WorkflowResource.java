package org.tandem.workflow.internal.rest;

import static org.tandem.workflow.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.HeaderParam;
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
import org.tandem.model.ValidationException;
import org.tandem.rest.api.Conditional;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.HealthService;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.RelationshipHealth;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.workflow.api.WorkflowState;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/**
 * {@code /api/relationships/{id}/workflow}: the phase, what each next move still needs, the history;
 * {@code POST …/transitions} to move; {@code GET …/health}.
 */
@Component(service = WorkflowResource.class, property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
@JaxrsResource
@JaxrsName("tandem.workflow")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("relationships/{id}/workflow")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowResource {
    private final WorkflowService workflow;
    private final HealthService health;

    @Activate
    public WorkflowResource(@Reference WorkflowService workflow, @Reference HealthService health) {
        this.workflow = workflow;
        this.health = health;
    }

    @ApiResponse(responseCode = "200", description = "The phase, what each next phase still needs, and the history",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @GET
    public Response get(@PathParam("id") String id, @Context SecurityContext sc) {
        WorkflowState s = Parties.load(sc, workflow, id);
        Actor actor = Parties.memberOrAdmin(sc, s);
        return Response.ok(view(s, actor)).tag(Conditional.etag(s.version())).build();
    }

    @ApiResponse(responseCode = "200", description = "Moved: the new state",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @POST
    @Path("transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            Bodies.TransitionRequest body, @Context SecurityContext sc) {
        if (body == null || body.to() == null) {
            throw new ValidationException("to", TEXT.format("input.to-required"));
        }
        WorkflowState s = Parties.load(sc, workflow, id);
        Actor actor = Parties.memberOrAdmin(sc, s);
        long version = Conditional.expectedVersion(ifMatch, body.version());
        try {
            WorkflowState moved = workflow.transition(id, body.to(), actor, body.reason(), version);
            return Response.ok(view(moved, actor)).tag(Conditional.etag(moved.version())).build();
        } catch (StaleVersionException e) {
            throw Conditional.stale(e, ifMatch);
        }
    }

    @GET
    @Path("health")
    public RelationshipHealth health(@PathParam("id") String id, @Context SecurityContext sc) {
        WorkflowState s = Parties.load(sc, workflow, id);
        return health.health(id, Parties.memberOrAdmin(sc, s));
    }

    private Map<String, Object> view(WorkflowState s, Actor actor) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("relationshipId", s.relationship().id());
        v.put("phase", s.phase());
        v.put("iteration", s.iteration());
        v.put("version", s.version());
        List<Map<String, Object>> next = s.phase().next().isEmpty() ? List.of() : nextMoves(s, actor);
        v.put("next", next);
        v.put("history", workflow.history(s.relationship().id()));
        return v;
    }

    private List<Map<String, Object>> nextMoves(WorkflowState s, Actor actor) {
        List<Phase> moves = s.phase() == Phase.CLOSING ? List.of(Phase.CLOSED, Phase.NEGOTIATING)
                : List.of(s.phase().next().orElseThrow());
        return moves.stream().map(to -> Map.<String, Object>of("to", to, "unmet",
                workflow.unmet(s.relationship().id(), to, actor))).toList();
    }
}
