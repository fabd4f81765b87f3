package org.tandem.workflow.internal.rest;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.tandem.model.StaleVersionException;
import org.tandem.rest.api.Conditional;
import org.tandem.rest.api.RestApi;
import org.tandem.workflow.api.DevelopmentPlan;
import org.tandem.workflow.api.PlanService;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/** {@code /api/relationships/{id}/plan}: the development plan's text. Members only. */
@Component(service = DevelopmentPlanResource.class, property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
@JaxrsResource
@JaxrsName("tandem.workflow.plan")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("relationships/{id}/plan")
@Produces(MediaType.APPLICATION_JSON)
public class DevelopmentPlanResource {
    private final WorkflowService workflow;
    private final PlanService plans;

    @Activate
    public DevelopmentPlanResource(@Reference WorkflowService workflow, @Reference PlanService plans) {
        this.workflow = workflow;
        this.plans = plans;
    }

    @ApiResponse(responseCode = "200", description = "The plan; its version is the ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DevelopmentPlan.class)))
    @GET
    public Response plan(@PathParam("id") String id, @Context SecurityContext sc) {
        Parties.member(sc, Parties.load(sc, workflow, id));
        DevelopmentPlan plan = plans.plan(id);
        return Response.ok(plan).tag(Conditional.etag(plan.version())).build();
    }

    /** Saves the plan; name the version read with If-Match (or {@code version}; 0 before the first save). */
    @ApiResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DevelopmentPlan.class)))
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, DevelopmentPlan body,
            @Context SecurityContext sc) {
        DevelopmentPlan b = Bodies.required(body);
        long version = Conditional.expectedVersion(ifMatch, b.version());
        try {
            DevelopmentPlan saved = plans.savePlan(id, Parties.actor(sc, Parties.load(sc, workflow, id)), new DevelopmentPlan(
                    version, b.selfAssessment(), b.shortTermGoals(), b.longTermGoals(), b.mentorComments()));
            return Response.ok(saved).tag(Conditional.etag(saved.version())).build();
        } catch (StaleVersionException e) {
            throw Conditional.stale(e, ifMatch);
        }
    }
}
