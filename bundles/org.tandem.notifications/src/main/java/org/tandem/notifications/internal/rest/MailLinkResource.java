package org.tandem.notifications.internal.rest;

import static org.tandem.notifications.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.ValidationException;
import org.tandem.notifications.internal.Category;
import org.tandem.notifications.internal.Mode;
import org.tandem.notifications.internal.Notifier;
import org.tandem.notifications.internal.NotificationsFeature;
import org.tandem.notifications.internal.store.NotifyDatabase;
import org.tandem.notifications.internal.store.People;
import org.tandem.rest.api.RestApi;
import org.tandem.rest.api.Credentials;

/**
 * {@code /api/notifications/mail/{token}}: where the links in every mail lead, without signing in.
 * The token only reads and changes that person's mail preferences. {@code …/unsubscribe?category=}
 * answers a GET with a confirmation button (link scanners follow GETs) and a POST, the RFC 8058
 * one-click request a mail client sends, by switching mail about that one category off.
 */
@Component(service = MailLinkResource.class, property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
@JaxrsResource
@JaxrsName("tandem.notifications.mail-links")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Credentials(Credentials.Kind.NONE)
@Path("notifications/mail/{token}")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class MailLinkResource {
    private static final Logger LOG = LoggerFactory.getLogger(MailLinkResource.class);
    private static final Template PAGE = Mustache.compiler().escapeHTML(true).defaultValue("")
            .compile(resource("templates/preferences.html.mustache"));
    private final NotifyDatabase db;
    private final PersonRepository people;
    private final Notifier notifier;

    @Activate
    public MailLinkResource(@Reference NotifyDatabase db, @Reference PersonRepository people,
            @Reference Notifier notifier) {
        this.db = db;
        this.people = people;
        this.notifier = notifier;
    }

    @ApiResponse(responseCode = "200", description = "The preferences page of the mail's recipient",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    @GET
    public Response page(@PathParam("token") String token) {
        return whose(token).map(p -> page(p, token, null)).orElseGet(MailLinkResource::unknown);
    }

    @ApiResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "A choice is not valid: the page says which",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        Optional<Person> p = whose(token);
        if (p.isEmpty()) {
            return unknown();
        }
        Map<String, String> wanted = new HashMap<>();
        form.forEach((k, v) -> wanted.put(k, v.isEmpty() ? "" : v.get(0)));
        Map<Category, Mode> modes;
        try {
            modes = Choices.all(wanted);
        } catch (ValidationException e) {
            return Response.status(400).entity(render(Notifier.language(p.get()), p.get(), token, null,
                    e.errors().get(0).message())).build();
        }
        db.inTransaction(c -> {
            for (Map.Entry<Category, Mode> e : modes.entrySet()) {
                People.prefer(c, p.get().id(), e.getKey(), e.getValue());
            }
            return null;
        });
        return page(p.get(), token, TEXT.format(Notifier.language(p.get()), "page.saved"));
    }

    @ApiResponse(responseCode = "200", description = "Asks to confirm the unsubscription",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    @GET
    @Path("unsubscribe")
    public Response confirm(@PathParam("token") String token, @QueryParam("category") String category) {
        Optional<Person> p = whose(token);
        if (p.isEmpty()) {
            return unknown();
        }
        Locale l = Notifier.language(p.get());
        Category k = Category.named(category == null ? "" : category);
        if (k == null) {
            return Response.status(400).entity(render(l, p.get(), token, null, categoryError(l, category))).build();
        }
        Map<String, Object> model = model(l, TEXT.format(l, "page.title"));
        model.put("intro", TEXT.format(l, "category." + k.name()));
        model.put("confirm", TEXT.format(l, "mail.unsubscribe", "category", TEXT.format(l, "category." + k.name())));
        model.put("action", notifier.unsubscribeUrl(token, k));
        return Response.ok(PAGE.execute(model)).build();
    }

    /** RFC 8058: the mail client POSTs {@code List-Unsubscribe=One-Click}; so does the confirmation button. */
    @ApiResponse(responseCode = "200", description = "Unsubscribed from that category (RFC 8058 one-click)",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unsubscribe(@PathParam("token") String token, @QueryParam("category") String category,
            @FormParam("List-Unsubscribe") String oneClick) {
        Optional<Person> p = whose(token);
        if (p.isEmpty()) {
            return unknown();
        }
        Locale l = Notifier.language(p.get());
        Category k = Category.named(category == null ? "" : category);
        if (k == null) {
            return Response.status(400).entity(render(l, p.get(), token, null, categoryError(l, category))).build();
        }
        db.inTransaction(c -> {
            People.prefer(c, p.get().id(), k, Mode.IN_APP);
            return null;
        });
        LOG.info("Person {} unsubscribed from mail about {} ({})", p.get().id(), k, oneClick == null ? "link"
                : "one-click");
        return page(p.get(), token, TEXT.format(l, "page.unsubscribed", "category", TEXT.format(l, "category."
                + k.name())));
    }

    private Response page(Person p, String token, String notice) {
        Locale l = Notifier.language(p);
        return Response.ok(render(l, p, token, notice, null)).build();
    }

    private String render(Locale l, Person p, String token, String notice, String error) {
        Map<Category, Mode> modes = db.inTransaction(c -> People.preferences(c, p.id()));
        Map<String, Object> model = model(l, TEXT.format(l, "page.title"));
        model.put("notice", notice);
        model.put("error", error);
        model.put("intro", TEXT.format(l, "page.intro"));
        model.put("action", notifier.preferencesUrl(token));
        model.put("form", Boolean.TRUE);
        model.put("save", TEXT.format(l, "page.save"));
        model.put("categories", modes.entrySet().stream().map(e -> Map.of("category", e.getKey().name(), "label",
                TEXT.format(l, "category." + e.getKey().name()), "options", List.of(Mode.values()).stream()
                        .map(m -> Map.of("mode", m.name(), "label", TEXT.format(l, "mode." + m.name()), "checked",
                                m == e.getValue())).toList())).toList());
        return PAGE.execute(model);
    }

    private Optional<Person> whose(String token) {
        Optional<String> id = db.inTransaction(c -> People.byMailToken(c, token));
        return id.flatMap(people::find);
    }

    private static Response unknown() {
        Locale l = org.tandem.rest.api.Languages.current();
        Map<String, Object> model = model(l, TEXT.format(l, "page.error"));
        model.put("error", TEXT.format(l, "token.unknown"));
        return Response.status(404).entity(PAGE.execute(model)).build();
    }

    private static String categoryError(Locale l, String category) {
        return TEXT.format(l, "input.category", "name", String.valueOf(category), "known",
                String.join(", ", List.of(Category.values()).stream().map(Enum::name).toList()));
    }

    private static Map<String, Object> model(Locale l, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", l.getLanguage());
        model.put("title", title);
        return model;
    }

    private static String resource(String path) {
        try (InputStream in = Notifier.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
