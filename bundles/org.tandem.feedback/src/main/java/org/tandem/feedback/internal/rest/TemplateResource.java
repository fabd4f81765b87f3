package org.tandem.feedback.internal.rest;

import static org.tandem.feedback.internal.Texts.TEXT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.tandem.feedback.internal.form.Template;
import org.tandem.feedback.internal.store.Templates;
import org.tandem.model.ForbiddenException;
import org.tandem.model.NotFoundException;
import org.tandem.model.ValidationException;

/**
 * {@code /api/feedback/templates}: the templates (shipped ones and the institution's own versions),
 * and {@code PUT …/{key}} to edit one (an institution's administrators; the admin token edits the
 * shipped ones). A licensed instrument is imported the same way: its items as a template's JSON.
 */
@Component(service = TemplateResource.class, property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
@JaxrsResource
@JaxrsName("tandem.feedback.templates")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("feedback/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {
    private final Templates templates;
    private final Parties parties;

    @Activate
    public TemplateResource(@Reference Templates templates, @Reference AdminGate gate,
            @Reference ProgramRepository programs, @Reference RelationshipRepository relationships) {
        this.templates = templates;
        this.parties = new Parties(gate, programs, relationships);
    }

    @GET
    public List<Map<String, Object>> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        return templates.visibleTo(parties.who(auth, sc).tenant()).stream().map(s -> summary(s.template(), s.tenant()))
                .toList();
    }

    @GET
    @Path("{key}")
    public Template get(@PathParam("key") String key, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        return templates.current(parties.who(auth, sc).tenant(), key).map(Templates.Stored::template)
                .orElseThrow(() -> new NotFoundException("feedback template", key));
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> put(@PathParam("key") String key, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        Asker who = parties.who(auth, sc);
        if (!who.serverAdmin() && !who.caller().tenantAdmin()) {
            throw new ForbiddenException(TEXT.format("access.templates"));
        }
        String tenant = who.serverAdmin() ? Templates.SHIPPED : who.caller().tenant();
        if (!org.tandem.feedback.internal.form.TemplateReader.read(body == null ? "" : body, 1).key().equals(key)) {
            throw new ValidationException("key", TEXT.format("input.key-mismatch", "key", key));
        }
        return summary(templates.save(tenant, body), tenant);
    }

    /** A licensed instrument's items as CSV (see {@code InstrumentCsv}), stored like an edit of the template. */
    @PUT
    @Path("{key}/items")
    @Consumes("text/csv")
    public Map<String, Object> importItems(@PathParam("key") String key, @QueryParam("title") String title,
            @QueryParam("visibility") String visibility, String csv,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        return put(key, org.tandem.feedback.internal.form.InstrumentCsv.toTemplate(key, title, visibility, csv), auth,
                sc);
    }

    private static Map<String, Object> summary(Template t, String tenant) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", t.key());
        m.put("version", t.version());
        m.put("title", t.title());
        m.put("visibility", t.visibility().name());
        m.put("questions", t.questions().size());
        m.put("shipped", Templates.SHIPPED.equals(tenant));
        return m;
    }
}
