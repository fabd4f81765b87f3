package org.tandem.feedback.internal.rest;

import static org.tandem.feedback.internal.Texts.TEXT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
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
import org.tandem.feedback.internal.FeedbackFeature;
import org.tandem.model.Feature;
import org.tandem.model.ProgramRepository;
import org.tandem.model.RelationshipRepository;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.RestApi;
import org.tandem.feedback.internal.form.Template;
import org.tandem.feedback.internal.store.Forms;
import org.tandem.feedback.internal.store.Templates;
import org.tandem.model.ForbiddenException;
import org.tandem.model.NotFoundException;
import org.tandem.model.Program;
import org.tandem.model.Relationship;

/**
 * {@code GET /api/relationships/{id}/feedback}: the relationship's forms. Its members see, per form,
 * the answers they may read; the program's administrators see who has answered, never what.
 */
@Component(service = RelationshipFeedbackResource.class, property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
@JaxrsResource
@JaxrsName("tandem.feedback.relationships")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("relationships/{relationshipId}/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class RelationshipFeedbackResource {
    private final Forms forms;
    private final Templates templates;
    private final RelationshipRepository relationships;
    private final ProgramRepository programs;
    private final Parties parties;

    @Activate
    public RelationshipFeedbackResource(@Reference Forms forms, @Reference Templates templates,
            @Reference AdminGate gate, @Reference ProgramRepository programs,
            @Reference RelationshipRepository relationships) {
        this.forms = forms;
        this.templates = templates;
        this.relationships = relationships;
        this.programs = programs;
        this.parties = new Parties(gate, programs, relationships);
    }

    @GET
    public List<Map<String, Object>> list(@PathParam("relationshipId") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        Asker who = parties.who(auth, sc);
        Relationship r = relationships.find(id).orElseThrow(() -> new NotFoundException("relationship", id));
        Program p = programs.find(r.programId()).orElseThrow(() -> new NotFoundException("relationship", id));
        if (!who.serverAdmin() && !who.caller().tenant().equals(p.tenant())) {
            throw new NotFoundException("relationship", id);
        }
        boolean member = !who.serverAdmin() && r.members().stream().anyMatch(m -> m.personId().equals(
                who.caller().personId()));
        boolean admin = who.serverAdmin() || who.caller().administers(p.id());
        if (!member && !admin) {
            throw new ForbiddenException(TEXT.format("access.relationship-feedback"));
        }
        return forms.ofRelationship(id).stream().map(f -> {
            Template t = templates.version(f.tenant(), f.templateKey(), f.templateVersion()).orElse(null);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("formId", f.id());
            m.put("templateKey", f.templateKey());
            m.put("title", t == null ? f.templateKey() : t.title().get("en"));
            m.put("visibility", t == null ? null : t.visibility().name());
            m.put("opensAt", f.opensAt().toString());
            List<Forms.Response> all = forms.responses(f.id());
            m.put("answeredBy", all.stream().filter(Forms.Response::submitted).map(Forms.Response::personId).toList());
            if (member && t != null) {
                String me = who.caller().personId();
                m.put("responses", all.stream().filter(x -> x.submitted() || x.personId().equals(me))
                        .filter(x -> parties.mayRead(me, x.personId(), f, t.visibility()))
                        .map(x -> Map.of("personId", x.personId(), "submitted", x.submitted(), "answers", x.answers()))
                        .toList());
            }
            return m;
        }).toList();
    }
}
