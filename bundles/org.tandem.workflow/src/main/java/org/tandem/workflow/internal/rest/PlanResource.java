package org.tandem.workflow.internal.rest;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
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
import org.tandem.model.StaleVersionException;
import org.tandem.rest.api.Conditional;
import org.tandem.workflow.api.PlanService;
import org.tandem.workflow.api.SmartGoal;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/** {@code /api/relationships/{id}/goals}: the SMART goals of the development plan. Members only. */
@Component(service = PlanResource.class, property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
@JaxrsResource
@JaxrsName("tandem.workflow.goals")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("relationships/{id}/goals")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {
    private final WorkflowService workflow;
    private final PlanService plans;

    @Activate
    public PlanResource(@Reference WorkflowService workflow, @Reference PlanService plans) {
        this.workflow = workflow;
        this.plans = plans;
    }

    @GET
    public List<SmartGoal> goals(@PathParam("id") String id, @Context SecurityContext sc) {
        Parties.member(sc, Parties.load(sc, workflow, id));
        return plans.goals(id);
    }

    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SmartGoal.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") String id, SmartGoal goal, @Context SecurityContext sc) {
        SmartGoal added = plans.addGoal(id, Parties.actor(sc, Parties.load(sc, workflow, id)), Bodies.required(goal));
        return Response.created(URI.create("relationships/" + id + "/goals/" + added.id())).entity(added)
                .tag(Conditional.etag(added.version())).build();
    }

    @ApiResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SmartGoal.class)))
    @PUT
    @Path("{goalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @PathParam("goalId") String goalId,
            @HeaderParam("If-Match") String ifMatch, SmartGoal goal, @Context SecurityContext sc) {
        SmartGoal g = Bodies.required(goal);
        long version = Conditional.expectedVersion(ifMatch, g.version() == 0 ? null : g.version());
        SmartGoal changed = new SmartGoal(goalId, version, g.title(), g.measure(), g.actions(), g.resources(),
                g.relevance(), g.ownerId(), g.dueOn(), g.progress(), g.status());
        try {
            SmartGoal stored = plans.updateGoal(id, Parties.actor(sc, Parties.load(sc, workflow, id)), changed);
            return Response.ok(stored).tag(Conditional.etag(stored.version())).build();
        } catch (StaleVersionException e) {
            throw Conditional.stale(e, ifMatch);
        }
    }
}
