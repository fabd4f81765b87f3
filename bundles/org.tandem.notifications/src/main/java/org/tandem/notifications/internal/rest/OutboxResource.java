package org.tandem.notifications.internal.rest;

import static org.tandem.notifications.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.json.JsonException;
import javax.json.JsonObject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.ConflictException;
import org.tandem.model.Feature;
import org.tandem.model.ValidationException;
import org.tandem.notifications.internal.Category;
import org.tandem.notifications.internal.Dispatcher;
import org.tandem.notifications.internal.Notifier;
import org.tandem.notifications.internal.NotificationsFeature;
import org.tandem.notifications.internal.Rendering;
import org.tandem.notifications.internal.store.NotifyDatabase;
import org.tandem.notifications.internal.store.Outbox;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Languages;
import org.tandem.rest.api.RestApi;
import org.tandem.rest.api.Credentials;
import org.tandem.storage.Jsonp;

/**
 * {@code /api/admin/notifications} (the admin token): whether mail is configured, the outbox by status
 * with each failure's reason, and a test mail through the same outbox and dispatcher as every other.
 */
@Component(service = OutboxResource.class, property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
@JaxrsResource
@JaxrsName("tandem.notifications.outbox")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Credentials(Credentials.Kind.ADMIN_TOKEN)
@Path("admin/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {
    private final NotifyDatabase db;
    private final AdminGate gate;
    private final Notifier notifier;
    private final Dispatcher dispatcher;

    @Activate
    public OutboxResource(@Reference NotifyDatabase db, @Reference AdminGate gate, @Reference Notifier notifier,
            @Reference Dispatcher dispatcher) {
        this.db = db;
        this.dispatcher = dispatcher;
        this.gate = gate;
        this.notifier = notifier;
    }

    @GET
    @Path("status")
    public Map<String, Object> status(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        gate.require(auth);
        Map<String, Object> out = new LinkedHashMap<>();
        boolean configured = notifier.mail().configured();
        out.put("mailConfigured", configured);
        if (configured) {
            out.put("smtp", notifier.mail().config().host() + ":" + notifier.mail().config().port() + " ("
                    + notifier.mail().config().security() + ")");
        } else {
            out.put("message", TEXT.format("mail.not-configured"));
        }
        out.put("sentByThisNode", dispatcher.sent());
        db.inTransaction(c -> {
            for (String s : List.of(Outbox.PENDING, Outbox.SENT, Outbox.FAILED)) {
                out.put(s.toLowerCase(Locale.ROOT), Outbox.count(c, s));
            }
            return null;
        });
        return out;
    }

    @GET
    @Path("outbox")
    public List<Map<String, Object>> outbox(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        gate.require(auth);
        String wanted = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
        if (wanted != null && !List.of(Outbox.PENDING, Outbox.SENT, Outbox.FAILED).contains(wanted)) {
            throw new ValidationException("status", "Choose PENDING, SENT or FAILED.");
        }
        int n = limit == null ? 100 : Math.max(1, Math.min(1000, limit));
        return db.inTransaction(c -> Outbox.list(c, wanted, n)).stream().map(OutboxResource::row).toList();
    }

    /**
     * Sends what waits now rather than at its next attempt (after a back-off of up to an hour): for when
     * the SMTP server is back.
     */
    @POST
    @Path("outbox/retry")
    public Map<String, Object> retryNow(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        gate.require(auth);
        int n = db.inTransaction(Outbox::retryNow);
        return Map.of("due", n, "message", TEXT.format(Languages.current(), "outbox.retried", "count", n));
    }

    /** Body: {@code {"address": "someone@university.edu"}}. */
    @ApiResponse(responseCode = "202", description = "Queued: {\"id\", \"message\"}", content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @POST
    @Path("test-mail")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response testMail(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        gate.require(auth);
        if (!notifier.mail().configured()) {
            throw new ConflictException(TEXT.format("mail.not-configured"));
        }
        String address = address(body);
        Locale l = Languages.current();
        String subject = TEXT.format(l, "test.subject");
        Rendering.Rendered r = Rendering.mail(l, address, subject, List.of(TEXT.format(l, "test.body", "host",
                notifier.mail().config().host())), List.of(), new Rendering.Links(notifier.base() + "/",
                        TEXT.format(l, "mail.open-tandem"), null, null, null));
        String id = db.inTransaction(c -> Outbox.add(c, new Outbox.Mail(null, address, Category.DIGEST.name(),
                subject, r.text(), r.html(), null, null, null), null));
        return Response.accepted(Map.of("id", id, "message", TEXT.format(l, "outbox.test-queued", "address",
                address))).build();
    }

    private static String address(String body) {
        String address;
        try {
            JsonObject o = Jsonp.reader(body).readObject();
            address = o.getString("address", "").trim();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            address = "";
        }
        if (address.isEmpty()) {
            throw new ValidationException("address", TEXT.format("input.address"));
        }
        try {
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            throw new ValidationException("address", TEXT.format("input.address-invalid", "address", address));
        }
        return address;
    }

    private static Map<String, Object> row(Outbox.Mail m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("personId", m.personId());
        out.put("address", m.address());
        out.put("category", m.category());
        out.put("subject", m.subject());
        out.put("status", m.status());
        out.put("attempts", m.attempts());
        out.put("createdAt", m.createdAt().toString());
        out.put("nextAttemptAt", Outbox.PENDING.equals(m.status()) ? m.nextAt().toString() : null);
        out.put("sentAt", m.sentAt() == null ? null : m.sentAt().toString());
        out.put("reason", m.lastError());
        return out;
    }
}
