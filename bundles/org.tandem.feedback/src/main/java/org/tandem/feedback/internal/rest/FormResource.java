package org.tandem.feedback.internal.rest;

import static org.tandem.feedback.internal.Texts.TEXT;

import java.time.Instant;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.features.api.ActiveFeature;
import org.tandem.feedback.api.FeedbackProgress;
import org.tandem.feedback.internal.FeedbackFeature;
import org.tandem.model.Feature;
import org.tandem.model.ProgramRepository;
import org.tandem.model.RelationshipRepository;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.RestApi;
import org.tandem.feedback.internal.form.AnswerCheck;
import org.tandem.feedback.internal.form.AnswerJson;
import org.tandem.feedback.internal.form.Question;
import org.tandem.feedback.internal.form.Template;
import org.tandem.feedback.internal.store.Forms;
import org.tandem.feedback.internal.store.Templates;
import org.tandem.model.ConflictException;
import org.tandem.model.ForbiddenException;
import org.tandem.model.NotFoundException;
import org.tandem.model.ValidationException;

/**
 * {@code /api/feedback/forms}: the forms addressed to the caller; one form with its questions and the
 * caller's draft; {@code PUT …/response} saves a draft, {@code POST …/response} submits (checked in
 * full, nothing partial stored); {@code GET …/responses} the answers the caller may read.
 */
@Component(service = FormResource.class, property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
@JaxrsResource
@JaxrsName("tandem.feedback.forms")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("feedback/forms")
@Produces(MediaType.APPLICATION_JSON)
public class FormResource {
    private final Forms forms;
    private final Templates templates;
    private final Parties parties;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public FormResource(@Reference Forms forms, @Reference Templates templates, @Reference AdminGate gate,
            @Reference ProgramRepository programs, @Reference RelationshipRepository relationships) {
        this.forms = forms;
        this.templates = templates;
        this.parties = new Parties(gate, programs, relationships);
    }

    @GET
    public List<Map<String, Object>> mine(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        String me = parties.person(parties.who(auth, sc));
        Instant now = Instant.now();
        return forms.addressedTo(me).stream().map(f -> {
            Map<String, Object> m = summary(f, now);
            m.put("status", forms.response(f.id(), me).map(r -> r.submitted() ? "SUBMITTED" : "DRAFT")
                    .orElse(f.closed(now) ? "MISSED" : "DUE"));
            return m;
        }).toList();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        Asker who = parties.who(auth, sc);
        Forms.Form f = parties.visible(who, forms, id);
        String me = addressed(who, f);
        Template t = template(f);
        Map<String, Object> m = summary(f, Instant.now());
        m.put("visibility", t.visibility().name());
        m.put("questions", t.questions().stream().map(FormResource::question).toList());
        forms.response(f.id(), me).ifPresent(r -> {
            m.put("answers", r.answers());
            m.put("submitted", r.submitted());
        });
        return m;
    }

    /** Saves a draft: types and ranges are checked, required questions may stay open. */
    @PUT
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> draft(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        return answer(id, body, false, auth, sc);
    }

    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> submit(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        return answer(id, body, true, auth, sc);
    }

    @GET
    @Path("{id}/responses")
    public List<Map<String, Object>> responses(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        Asker who = parties.who(auth, sc);
        Forms.Form f = parties.visible(who, forms, id);
        String me = parties.person(who);
        Template t = template(f);
        return forms.responses(f.id()).stream().filter(r -> r.submitted() || r.personId().equals(me))
                .filter(r -> parties.mayRead(me, r.personId(), f, t.visibility())).map(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("personId", r.personId());
                    m.put("submitted", r.submitted());
                    m.put("answers", r.answers());
                    return m;
                }).toList();
    }

    private Map<String, Object> answer(String id, String body, boolean submit, String auth, SecurityContext sc) {
        Asker who = parties.who(auth, sc);
        Forms.Form f = parties.visible(who, forms, id);
        String me = addressed(who, f);
        if (f.closed(Instant.now())) {
            throw new ConflictException(TEXT.format("form.closed", "date", String.valueOf(f.closesAt())));
        }
        Map<String, Object> answers;
        try {
            Map<String, Object> all = AnswerJson.read(body == null ? "" : body);
            if (!(all.get("answers") instanceof Map<?, ?> a)) {
                throw new ValidationException("answers", TEXT.format("input.answers-shape"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) a;
            answers = typed;
        } catch (JsonException | IllegalStateException e) {
            throw new ValidationException("body", TEXT.format("input.not-json", "reason", String.valueOf(e.getMessage())));
        }
        AnswerCheck.check(template(f), answers, !submit);
        org.osgi.service.event.Event submitted = forms.save(f, me, answers, submit, FeedbackProgress.SUBMITTED);
        org.osgi.service.event.EventAdmin admin = events;
        if (submitted != null && admin != null) {
            admin.postEvent(submitted);
        }
        return Map.of("formId", f.id(), "submitted", submit);
    }

    private String addressed(Asker who, Forms.Form f) {
        String me = parties.person(who);
        if (forms.recipients(f.id()).stream().noneMatch(r -> r.personId().equals(me))) {
            throw new ForbiddenException(TEXT.format("access.not-yours"));
        }
        return me;
    }

    private Template template(Forms.Form f) {
        return templates.version(f.tenant(), f.templateKey(), f.templateVersion()).orElseThrow(
                () -> new NotFoundException(TEXT.format("form.template-gone")));
    }

    private Map<String, Object> summary(Forms.Form f, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("templateKey", f.templateKey());
        m.put("templateVersion", f.templateVersion());
        m.put("title", templates.version(f.tenant(), f.templateKey(), f.templateVersion()).map(t -> t.title().get("en"))
                .orElse(f.templateKey()));
        m.put("relationshipId", f.relationshipId());
        m.put("opensAt", f.opensAt().toString());
        m.put("closesAt", f.closesAt() == null ? null : f.closesAt().toString());
        m.put("open", !f.closed(now));
        m.put("reason", f.reason());
        return m;
    }

    private static Map<String, Object> question(Question q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("type", q.type().name());
        m.put("label", q.label());
        m.put("help", q.help());
        m.put("required", q.required());
        m.put("points", q.points());
        Map<String, String> anchors = new LinkedHashMap<>();
        q.anchors().forEach((k, v) -> anchors.put(k.toString(), v));
        m.put("anchors", anchors);
        m.put("options", q.options());
        m.put("rows", q.rows());
        m.put("competency", q.competency());
        return m;
    }
}
