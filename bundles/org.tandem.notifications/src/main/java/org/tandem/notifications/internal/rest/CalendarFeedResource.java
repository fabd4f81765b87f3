package org.tandem.notifications.internal.rest;

import static org.tandem.notifications.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.model.Member;
import org.tandem.model.NotFoundException;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.notifications.internal.Calendars;
import org.tandem.notifications.internal.Notifier;
import org.tandem.notifications.internal.NotificationsFeature;
import org.tandem.notifications.internal.store.Meetings;
import org.tandem.notifications.internal.store.NotifyDatabase;
import org.tandem.notifications.internal.store.People;
import org.tandem.rest.api.RestApi;
import org.tandem.rest.api.Credentials;

/**
 * {@code /api/notifications/calendar/{token}.ics}: a person's private feed (text/calendar) of their
 * meetings and deadlines, for Outlook, Google Calendar and Apple Calendar to subscribe to. The token is
 * the only credential: unguessable (256 random bits), stored as its hash, revocable in the app.
 */
@Component(service = CalendarFeedResource.class, property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
@JaxrsResource
@JaxrsName("tandem.notifications.calendar")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Credentials(Credentials.Kind.NONE)
@Path("notifications/calendar")
public class CalendarFeedResource {
    private final NotifyDatabase db;
    private final PersonRepository people;
    private final RelationshipRepository relationships;
    private final Notifier notifier;

    @Activate
    public CalendarFeedResource(@Reference NotifyDatabase db, @Reference PersonRepository people,
            @Reference RelationshipRepository relationships, @Reference Notifier notifier) {
        this.db = db;
        this.people = people;
        this.relationships = relationships;
        this.notifier = notifier;
    }

    @ApiResponse(responseCode = "200", description = "The person's meetings and deadlines (RFC 5545)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @GET
    @Path("{token}")
    @Produces("text/calendar;charset=utf-8")
    public Response feed(@PathParam("token") String token) {
        String raw = token.endsWith(".ics") ? token.substring(0, token.length() - 4) : token;
        Person p = db.inTransaction(c -> People.byFeedToken(c, raw)).flatMap(people::find)
                .orElseThrow(() -> new NotFoundException(TEXT.format("feed.unknown")));
        List<Relationship> mine = relationships.withMember(p.id());
        Map<String, Person> members = new HashMap<>();
        people.findAll(mine.stream().flatMap(r -> r.members().stream()).map(Member::personId).distinct().toList())
                .forEach(x -> members.put(x.id(), x));
        Locale l = Notifier.language(p);
        String body = db.inTransaction(c -> Calendars.feed(Meetings.ofRelationships(c,
                mine.stream().map(Relationship::id).toList()), Meetings.deadlines(c, p.id()), mine, members, l,
                notifier));
        return Response.ok(body).header("Cache-Control", "private, max-age=300").build();
    }

}
