package org.tandem.workflow.internal.rest;

import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.model.ProgramRepository;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.Caller;
import org.tandem.rest.api.Callers;
import org.tandem.rest.api.ProgramAccess;
import org.tandem.rest.api.RestApi;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.HealthService;
import org.tandem.workflow.api.MeetingCount;
import org.tandem.workflow.api.MeetingService;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.RelationshipHealth;
import org.tandem.workflow.internal.WorkflowFeature;

/**
 * {@code GET /api/programs/{id}/activity}: what the program's charts show — how many relationships
 * are in each phase (the funnel) and the meetings held per relationship and month. Counts only: no
 * meeting's notes leave the relationship. For the program's administrators.
 */
@Component(service = ProgramActivityResource.class, property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
@JaxrsResource
@JaxrsName("tandem.workflow.program-activity")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("programs/{id}/activity")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramActivityResource {
    private final HealthService health;
    private final MeetingService meetings;
    private final ProgramRepository programs;

    @Activate
    public ProgramActivityResource(@Reference HealthService health, @Reference MeetingService meetings,
            @Reference ProgramRepository programs) {
        this.health = health;
        this.meetings = meetings;
        this.programs = programs;
    }

    public record PhaseCount(Phase phase, int relationships) {
    }

    public record Activity(List<PhaseCount> phases, List<MeetingCount> meetings) {
    }

    @GET
    public Activity activity(@PathParam("id") String id, @Context SecurityContext sc) {
        Caller caller = Callers.of(sc);
        ProgramAccess.administered(new Asker(caller), programs, id);
        Actor admin = new Actor(caller.personId(), true);
        List<RelationshipHealth> all = health.programHealth(id, admin);
        List<PhaseCount> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            phases.add(new PhaseCount(phase, (int) all.stream().filter(h -> h.phase() == phase).count()));
        }
        return new Activity(phases, meetings.heldPerMonth(id, admin));
    }
}
