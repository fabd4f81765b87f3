package org.tandem.catalog.internal.rest;

import static org.tandem.catalog.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
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
import org.tandem.model.Feature;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.ProgramRepository;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.RestApi;
import org.tandem.catalog.internal.Completion;
import org.tandem.catalog.internal.Completions;
import org.tandem.catalog.internal.Training;

/**
 * {@code /api/people/{personId}/training}: a person's completions, what their programs require or
 * recommend (done or not), and suggestions; {@code POST …/completions} records one (by the person:
 * self-reported; by a program administrator: verified); {@code POST
 * …/completions/{id}/verification} verifies one.
 */
@Component(service = TrainingResource.class, property = Feature.PROPERTY + "=catalog",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = "(tandem.feature=catalog)"))
@JaxrsResource
@JaxrsName("tandem.catalog.training")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("people/{personId}/training")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {
    private final Training training;
    private final Completions completions;
    private final CatalogAccess access;

    /** A completion to record. */
    public static class CompletionBody {
        public String courseId;
        public String completedOn;
        public String evidence;
    }

    @Activate
    public TrainingResource(@Reference Training training, @Reference Completions completions,
            @Reference AdminGate gate, @Reference ProgramRepository programs,
            @Reference ParticipantRepository participants) {
        this.training = training;
        this.completions = completions;
        this.access = new CatalogAccess(gate, programs, participants);
    }

    @GET
    public Map<String, Object> get(@PathParam("personId") String personId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        Asker who = access.who(auth, sc);
        access.readPerson(who, personId);
        List<Map<String, Object>> due = training.due(personId).stream().map(d -> Map.<String, Object>of(
                "courseId", d.course().id(), "courseTitle", d.course().title(), "programId", d.programId(),
                "programName", d.programName(), "kind", d.kind().name(), "done", d.done())).toList();
        List<Map<String, Object>> suggested = training.suggestions(personId, who.tenant(), access.self(who, personId))
                .stream()
                .map(s -> Map.<String, Object>of("courseId", s.course().id(), "courseTitle", s.course().title(),
                        "why", s.why())).toList();
        return Map.of("completions", completions.ofPerson(personId).stream().map(TrainingResource::dto).toList(),
                "due", due, "suggested", suggested);
    }

    @ApiResponse(responseCode = "201", description = "The completion recorded (self-reported, or verified when an administrator records it)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @POST
    @Path("completions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("personId") String personId, CompletionBody body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        Asker who = access.who(auth, sc);
        boolean self = access.self(who, personId);
        if (!self) {
            access.readPerson(who, personId); // only their programs' administrators record for others
        }
        if (body == null || body.courseId == null) {
            throw new ValidationException("courseId", TEXT.format("input.required"));
        }
        Completion c = training.record(personId, body.courseId, date(body.completedOn), body.evidence,
                self ? Completion.Status.SELF_REPORTED : Completion.Status.VERIFIED,
                who.serverAdmin() ? "admin" : who.caller().personId());
        return Response.status(201).entity(dto(c)).build();
    }

    @POST
    @Path("completions/{completionId}/verification")
    public Map<String, Object> verify(@PathParam("personId") String personId,
            @PathParam("completionId") String completionId, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        Asker who = access.who(auth, sc);
        if (access.self(who, personId) || !access.administersPersonOf(who, personId)) {
            throw new org.tandem.model.ForbiddenException("A completion is verified by an administrator of the"
                    + " person's program, not by the person.");
        }
        return dto(training.verify(completionId, personId, who.serverAdmin() ? "admin" : who.caller().personId()));
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException("completedOn", TEXT.format("input.date"));
        }
    }

    static Map<String, Object> dto(Completion c) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", c.id());
        m.put("courseId", c.courseId());
        m.put("completedOn", c.completedOn().toString());
        m.put("evidence", c.evidence());
        m.put("status", c.status().name());
        m.put("verifiedBy", c.verifiedBy());
        m.put("expiresOn", c.expiresOn() == null ? null : c.expiresOn().toString());
        m.put("valid", c.validOn(LocalDate.now()));
        return m;
    }
}
