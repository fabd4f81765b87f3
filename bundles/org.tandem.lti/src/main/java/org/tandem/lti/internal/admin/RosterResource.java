package org.tandem.lti.internal.admin;

import static org.tandem.lti.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
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
import org.tandem.lti.internal.services.RosterSync;
import org.tandem.lti.internal.services.ServiceException;
import org.tandem.model.Feature;
import org.tandem.model.ForbiddenException;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Callers;
import org.tandem.rest.api.Problem;
import org.tandem.rest.api.RestApi;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * {@code POST /api/programs/{id}/roster-sync}: enrols the course's members from the platform's roster,
 * for the program's coordinators (and the server admin token).
 */
@Component(service = RosterResource.class, property = Feature.PROPERTY + "=lti-advantage",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.ADVANTAGE))
@JaxrsResource
@JaxrsName("tandem.lti.roster")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("programs/{programId}/roster-sync")
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {
    private final RosterSync roster;
    private final AdminGate gate;

    @Activate
    public RosterResource(@Reference RosterSync roster, @Reference AdminGate gate) {
        this.roster = roster;
        this.gate = gate;
    }

    @ApiResponse(responseCode = "200", description = "Counts: {\"members\", \"active\", \"deactivated\", \"withoutMentoringRole\"}", content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @POST
    public Response sync(@PathParam("programId") String programId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext security) {
        if (!gate.admits(authorization) && !Callers.of(security).administers(programId)) {
            throw new ForbiddenException(TEXT.format("roster.coordinators-only"));
        }
        try {
            RosterSync.Result r = roster.sync(programId);
            return Response.ok(Map.of("members", r.members(), "active", r.active(), "deactivated", r.deactivated(),
                    "withoutMentoringRole", r.withoutRole())).build();
        } catch (ServiceException e) {
            Problem p = new Problem("platform-service", TEXT.format("roster.platform-failed"), 502,
                    TEXT.format("roster.platform-failed.detail", "reason", e.getMessage()));
            return Response.status(502).type(RestApi.PROBLEM_JSON).entity(p).build();
        }
    }
}
