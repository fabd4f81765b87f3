package org.tandem.catalog.internal.rest;

import static org.tandem.catalog.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
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
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Checks;
import org.tandem.model.Feature;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.ProgramRepository;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.RestApi;
import org.tandem.catalog.internal.Course;
import org.tandem.catalog.internal.Courses;
import org.tandem.catalog.internal.Requirement;
import org.tandem.catalog.internal.Requirements;

/**
 * {@code /api/programs/{programId}/training-requirements}: the courses a program requires (before
 * Enabling) or recommends, for its mentors, mentees or both. Its administrators set them.
 */
@Component(service = RequirementResource.class, property = Feature.PROPERTY + "=catalog",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = "(tandem.feature=catalog)"))
@JaxrsResource
@JaxrsName("tandem.catalog.requirements")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("programs/{programId}/training-requirements")
@Produces(MediaType.APPLICATION_JSON)
public class RequirementResource {
    private final Requirements requirements;
    private final Courses courses;
    private final CatalogAccess access;

    /** A requirement as JSON. */
    public static class RequirementDto {
        public String id;
        public String courseId;
        public String courseTitle;
        public String audience;
        public String kind;
        public Boolean verifiedOnly;
    }

    @Activate
    public RequirementResource(@Reference Requirements requirements, @Reference Courses courses,
            @Reference AdminGate gate, @Reference ProgramRepository programs,
            @Reference ParticipantRepository participants) {
        this.requirements = requirements;
        this.courses = courses;
        this.access = new CatalogAccess(gate, programs, participants);
    }

    @GET
    public List<RequirementDto> list(@PathParam("programId") String programId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        access.program(access.who(auth, sc), programId);
        return requirements.ofProgram(programId).stream().map(this::dto).toList();
    }

    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequirementDto.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("programId") String programId, RequirementDto body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        Asker who = access.who(auth, sc);
        access.administer(who, programId);
        if (body == null || body.courseId == null) {
            throw new ValidationException("courseId", TEXT.format("input.required"));
        }
        Course course = courses.find(body.courseId).orElseThrow(() -> new ValidationException("courseId",
                TEXT.format("input.no-course")));
        access.visible(who, course);
        Checks checks = new Checks();
        Course.Audience audience = checks.oneOf("audience", body.audience, Course.Audience.class,
                Course.Audience.MENTORS);
        Requirement.Kind kind = checks.oneOf("kind", body.kind, Requirement.Kind.class,
                Requirement.Kind.REQUIRED_BEFORE_ENABLING);
        checks.orThrow();
        Requirement r = requirements.add(new Requirement(null, programId, course.id(), audience, kind,
                Boolean.TRUE.equals(body.verifiedOnly)));
        return Response.status(201).entity(dto(r)).build();
    }

    @ApiResponse(responseCode = "204", description = "Removed")
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("programId") String programId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        access.administer(access.who(auth, sc), programId);
        requirements.remove(programId, id);
        return Response.noContent().build();
    }

    private RequirementDto dto(Requirement r) {
        RequirementDto d = new RequirementDto();
        d.id = r.id();
        d.courseId = r.courseId();
        d.courseTitle = courses.find(r.courseId()).map(Course::title).orElse(null);
        d.audience = r.audience().name();
        d.kind = r.kind().name();
        d.verifiedOnly = r.verifiedOnly();
        return d;
    }
}
