package org.tandem.feedback.internal.rest;

import static org.tandem.feedback.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.json.JsonException;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
import org.tandem.feedback.internal.FeedbackFeature;
import org.tandem.model.Feature;
import org.tandem.model.ProgramRepository;
import org.tandem.model.RelationshipRepository;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.RestApi;
import org.tandem.feedback.internal.FeedbackSettings;
import org.tandem.feedback.internal.Sending;
import org.tandem.feedback.internal.form.AnswerJson;
import org.tandem.feedback.internal.form.Aggregates;
import org.tandem.feedback.internal.form.Template;
import org.tandem.feedback.internal.form.Visibility;
import org.tandem.feedback.internal.store.Forms;
import org.tandem.feedback.internal.store.Schedules;
import org.tandem.feedback.internal.store.Templates;
import org.tandem.model.Checks;
import org.tandem.model.ForbiddenException;
import org.tandem.model.Program;
import org.tandem.model.ValidationException;

/**
 * A program's feedback, for its administrators: schedules ({@code …/feedback/schedules}), sending a
 * form now ({@code …/feedback/forms}), and results ({@code …/feedback/results?template=…}), which are
 * aggregates over at least k respondents of aggregate-only forms, as JSON or CSV.
 */
@Component(service = ProgramFeedbackResource.class, property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
@JaxrsResource
@JaxrsName("tandem.feedback.programs")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("programs/{programId}/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramFeedbackResource {
    private final Schedules schedules;
    private final Sending sending;
    private final Forms forms;
    private final Templates templates;
    private final FeedbackSettings settings;
    private final Parties parties;
    private final RelationshipRepository relationships;

    @Activate
    public ProgramFeedbackResource(@Reference Schedules schedules, @Reference Sending sending,
            @Reference Forms forms, @Reference Templates templates, @Reference FeedbackSettings settings,
            @Reference AdminGate gate, @Reference ProgramRepository programs,
            @Reference RelationshipRepository relationships) {
        this.schedules = schedules;
        this.sending = sending;
        this.forms = forms;
        this.templates = templates;
        this.settings = settings;
        this.relationships = relationships;
        this.parties = new Parties(gate, programs, relationships);
    }

    @GET
    @Path("schedules")
    public List<Schedules.Schedule> schedules(@PathParam("programId") String programId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        parties.administer(parties.who(auth, sc), programId);
        return schedules.ofProgram(programId);
    }

    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Schedules.Schedule.class)))
    @POST
    @Path("schedules")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSchedule(@PathParam("programId") String programId, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        Program p = parties.administer(parties.who(auth, sc), programId);
        Map<String, Object> b = json(body);
        String key = text(b, "templateKey");
        if (key == null || templates.current(p.tenant(), key).isEmpty()) {
            throw new ValidationException("templateKey", TEXT.format("input.no-template"));
        }
        Schedules.Trigger trigger = choice(b, "trigger", Schedules.Trigger.class, null);
        String phase = text(b, "phase");
        if (trigger == Schedules.Trigger.PHASE_CHANGE && !List.of("NEGOTIATING", "ENABLING", "CLOSING", "CLOSED")
                .contains(phase)) {
            throw new ValidationException("phase", TEXT.format("input.phase-required"));
        }
        Schedules.Schedule s = schedules.add(new Schedules.Schedule(null, programId, key, trigger, phase,
                number(b, "delayDays", 0, 365), number(b, "repeatDays", 0, 365), number(b, "answerWithinDays", 0, 365),
                choice(b, "recipients", Schedules.Recipients.class, Schedules.Recipients.ALL)));
        return Response.status(201).entity(s).build();
    }

    @ApiResponse(responseCode = "204", description = "Removed")
    @DELETE
    @Path("schedules/{id}")
    public Response removeSchedule(@PathParam("programId") String programId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        parties.administer(parties.who(auth, sc), programId);
        schedules.remove(programId, id);
        return Response.noContent().build();
    }

    @ApiResponse(responseCode = "201", description = "The form sent now: {\"id\": ...}", content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @POST
    @Path("forms")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("programId") String programId, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        parties.administer(parties.who(auth, sc), programId);
        Map<String, Object> b = json(body);
        String relationshipId = text(b, "relationshipId");
        if (relationshipId == null || relationships.find(relationshipId).filter(r -> r.programId().equals(programId))
                .isEmpty()) {
            throw new ValidationException("relationshipId", TEXT.format("input.no-relationship"));
        }
        Forms.Form f = sending.send(relationshipId, text(b, "templateKey"), choice(b, "recipients",
                Schedules.Recipients.class, Schedules.Recipients.ALL), number(b, "answerWithinDays", 0, 365),
                "sent by a program administrator");
        return Response.status(201).entity(Map.of("id", f.id())).build();
    }

    @ApiResponse(responseCode = "200", description = "Aggregates per question over at least the minimum group size (JSON, or CSV with Accept: text/csv)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @GET
    @Path("results")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response results(@PathParam("programId") String programId, @QueryParam("template") String key,
            @QueryParam("format") String format, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        Program p = parties.administer(parties.who(auth, sc), programId);
        Template t = templates.current(p.tenant(), key == null ? "" : key).map(Templates.Stored::template)
                .orElseThrow(() -> new ValidationException("template", TEXT.format("input.no-template")));
        if (t.visibility() != Visibility.ADMINS_AGGREGATE) {
            throw new ForbiddenException(TEXT.format("access.not-aggregate", "key", key, "visibility",
                    t.visibility().name()));
        }
        List<Map<String, Object>> answers = forms.submitted(programId, t.key()).stream().map(Forms.Response::answers)
                .toList();
        int k = settings.minimumGroupSize();
        List<Aggregates.Item> items = Aggregates.items(t, answers, k);
        if ("csv".equals(format)) {
            return Response.ok(csv(items), "text/csv; charset=utf-8").header("Content-Disposition",
                    "attachment; filename=\"" + t.key() + "-results.csv\"").build();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("template", t.key());
        out.put("respondents", answers.size());
        out.put("minimumGroupSize", k);
        out.put("questions", items);
        out.put("competencies", Aggregates.competencies(t, answers, k));
        out.put("byMonth", byMonth(t, forms.submitted(programId, t.key()), k));
        return Response.ok(out, MediaType.APPLICATION_JSON).build();
    }

    /** The trend: per month of submission, the respondents and the competency means (each withheld below k). */
    private static List<Map<String, Object>> byMonth(Template t, List<Forms.Response> responses, int k) {
        Map<java.time.YearMonth, List<Map<String, Object>>> months = new java.util.TreeMap<>();
        for (Forms.Response r : responses) {
            months.computeIfAbsent(java.time.YearMonth.from(r.submittedAt().atZone(java.time.ZoneOffset.UTC)),
                    m -> new java.util.ArrayList<>()).add(r.answers());
        }
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        java.util.Set<String> freeText = t.questions().stream().filter(q -> q.type().text()).map(q -> q.id())
                .collect(java.util.stream.Collectors.toSet());
        months.forEach((month, answers) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("month", month.toString());
            m.put("respondents", answers.size());
            m.put("competencies", Aggregates.competencies(t, answers, k));
            m.put("questions", Aggregates.items(t, answers, k).stream().filter(i -> i.mean() != null
                    || i.withheld() != null && !freeText.contains(i.id())).toList());
            out.add(m);
        });
        return out;
    }

    private static String csv(List<Aggregates.Item> items) {
        StringWriter w = new StringWriter();
        w.append(org.tandem.feedback.internal.Texts.TEXT.format("csv.header")).append('\n');
        for (Aggregates.Item i : items) {
            w.append(cell(i.id())).append(',').append(cell(i.label())).append(',').append(cell(i.competency()))
                    .append(',').append(Integer.toString(i.answered())).append(',')
                    .append(i.mean() == null ? "" : i.mean().toString()).append(',')
                    .append(cell(i.distribution().toString())).append(',').append(cell(i.withheld())).append('\n');
        }
        return w.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, Object> json(String body) {
        try {
            return AnswerJson.read(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonException | IllegalStateException e) {
            throw new ValidationException("body", TEXT.format("input.not-json-object", "reason", String.valueOf(e.getMessage())));
        }
    }

    private static String text(Map<String, Object> b, String name) {
        return b.get(name) instanceof String s && !s.isBlank() ? s : null;
    }

    private static int number(Map<String, Object> b, String name, int min, int max) {
        Object v = b.get(name);
        if (v == null) {
            return 0;
        }
        if (!(v instanceof Long n) || n < min || n > max) {
            throw new ValidationException(name, TEXT.format("input.whole-number-range", "min", min, "max", max));
        }
        return n.intValue();
    }

    private static <E extends Enum<E>> E choice(Map<String, Object> b, String name, Class<E> type, E otherwise) {
        Checks checks = new Checks();
        E value = checks.oneOf(name, text(b, name), type, otherwise);
        checks.orThrow();
        return value;
    }

}
