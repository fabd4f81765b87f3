package org.tandem.workflow.internal.rest;

import static org.tandem.workflow.internal.Texts.TEXT;

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
import org.tandem.model.Feature;
import org.tandem.rest.api.RestApi;
import org.tandem.model.ForbiddenException;
import org.tandem.model.NotFoundException;
import org.tandem.model.ProgramRepository;
import org.tandem.rest.api.Caller;
import org.tandem.rest.api.Callers;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.HealthService;
import org.tandem.workflow.api.RelationshipHealth;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/** {@code GET /api/programs/{id}/health}: every relationship's health, for the program's administrators. */
@Component(service = ProgramHealthResource.class, property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
@JaxrsResource
@JaxrsName("tandem.workflow.program-health")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("programs/{id}/health")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramHealthResource {
    private final HealthService health;
    private final ProgramRepository programs;

    @Activate
    public ProgramHealthResource(@Reference HealthService health, @Reference ProgramRepository programs) {
        this.health = health;
        this.programs = programs;
    }

    @GET
    public List<RelationshipHealth> health(@PathParam("id") String id, @Context SecurityContext sc) {
        Caller caller = Callers.of(sc);
        programs.find(id).filter(p -> p.tenant().equals(caller.tenant()))
                .orElseThrow(() -> new NotFoundException("program", id));
        if (!caller.administers(id)) {
            throw new ForbiddenException(TEXT.format("access.program-health"));
        }
        return health.programHealth(id, new Actor(caller.personId(), true));
    }
}
