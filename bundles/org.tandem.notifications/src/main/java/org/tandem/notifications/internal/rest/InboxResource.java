package org.tandem.notifications.internal.rest;

import static org.tandem.notifications.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.json.JsonException;
import javax.json.JsonObject;
import javax.json.JsonString;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.tandem.model.ForbiddenException;
import org.tandem.model.NotFoundException;
import org.tandem.model.ValidationException;
import org.tandem.notifications.internal.Category;
import org.tandem.notifications.internal.Mode;
import org.tandem.notifications.internal.Notifier;
import org.tandem.notifications.internal.NotificationsFeature;
import org.tandem.notifications.internal.Words;
import org.tandem.notifications.internal.store.Items;
import org.tandem.notifications.internal.store.NotifyDatabase;
import org.tandem.notifications.internal.store.People;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.Languages;
import org.tandem.rest.api.RestApi;
import org.tandem.storage.Jsonp;

/**
 * {@code /api/notifications}: the caller's inbox (newest first, with the unread count), marking read,
 * their preferences per category, and their private calendar feed (made, replaced or revoked here).
 */
@Component(service = InboxResource.class, property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
@JaxrsResource
@JaxrsName("tandem.notifications.inbox")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
    private static final int PAGE = 50;
    private final NotifyDatabase db;
    private final AdminGate gate;
    private final Notifier notifier;

    @Activate
    public InboxResource(@Reference NotifyDatabase db, @Reference AdminGate gate, @Reference Notifier notifier) {
        this.db = db;
        this.gate = gate;
        this.notifier = notifier;
    }

    @GET
    public Map<String, Object> inbox(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        String me = person(auth, sc);
        Locale l = Languages.current();
        return db.inTransaction(c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("unread", Items.unread(c, me));
            out.put("items", Items.of(c, me, PAGE).stream().map(i -> item(i, l)).toList());
            return out;
        });
    }

    @GET
    @Path("unread")
    public Map<String, Object> unread(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        String me = person(auth, sc);
        return Map.of("unread", db.inTransaction(c -> Items.unread(c, me)));
    }

    @ApiResponse(responseCode = "204", description = "Marked as read")
    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        String me = person(auth, sc);
        if (!db.inTransaction(c -> Items.markRead(c, me, id))) {
            throw new NotFoundException(TEXT.format("item.unknown"));
        }
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    public Map<String, Object> readAll(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        String me = person(auth, sc);
        return Map.of("marked", db.inTransaction(c -> Items.markAllRead(c, me)));
    }

    @GET
    @Path("preferences")
    public Map<String, Object> preferences(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        return preferencesOf(person(auth, sc));
    }

    /** Body: {@code {"FEEDBACK": "DAILY", …}}; every pair is checked before any is stored. */
    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> prefer(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        String me = person(auth, sc);
        Map<Category, Mode> wanted = Choices.all(pairs(body));
        db.inTransaction(c -> {
            for (Map.Entry<Category, Mode> e : wanted.entrySet()) {
                People.prefer(c, me, e.getKey(), e.getValue());
            }
            return null;
        });
        return preferencesOf(me);
    }

    /** A new private feed address; an earlier one stops working. The address is shown only now. */
    @POST
    @Path("calendar-feed")
    public Map<String, Object> newFeed(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        String me = person(auth, sc);
        String token = db.inTransaction(c -> People.newFeed(c, me));
        return Map.of("url", notifier.base() + RestApi.BASE + "/notifications/calendar/" + token + ".ics");
    }

    @ApiResponse(responseCode = "204", description = "The calendar address no longer works")
    @DELETE
    @Path("calendar-feed")
    public Response revokeFeed(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        String me = person(auth, sc);
        db.inTransaction(c -> People.revokeFeed(c, me));
        return Response.noContent().build();
    }

    private Map<String, Object> preferencesOf(String me) {
        Locale l = Languages.current();
        return db.inTransaction(c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("categories", Choices.described(People.preferences(c, me), l));
            out.put("modes", Choices.modes(l));
            out.put("mailConfigured", notifier.mail().configured());
            if (!notifier.mail().configured()) {
                out.put("mailNote", TEXT.format(l, "mail.not-configured.person"));
            }
            out.put("calendarFeed", People.hasFeed(c, me));
            return out;
        });
    }

    private String person(String auth, SecurityContext sc) {
        Asker who = Asker.of(gate, auth, sc);
        if (who.serverAdmin()) {
            throw new ForbiddenException(TEXT.format("access.people-only"));
        }
        return who.caller().personId();
    }

    private static Map<String, String> pairs(String body) {
        try {
            JsonObject o = Jsonp.reader(body).readObject();
            Map<String, String> out = new LinkedHashMap<>();
            o.forEach((k, v) -> out.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
            return out;
        } catch (JsonException | IllegalStateException e) {
            throw new ValidationException("body", TEXT.format("input.body"));
        }
    }

    static Map<String, Object> item(Items.Item i, Locale l) {
        Map<String, Object> args = Words.parse(i.args());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("category", i.category() == null ? null : i.category().name());
        m.put("subject", Words.subject(l, i.key(), args));
        m.put("body", Words.body(l, i.key(), args));
        m.put("link", i.link());
        m.put("createdAt", i.createdAt().toString());
        m.put("read", i.readAt() != null);
        return m;
    }

}
