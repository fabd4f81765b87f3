package org.tandem.privacy.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
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
import org.tandem.model.Feature;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Credentials;
import org.tandem.rest.api.RestApi;

/**
 * {@code GET /api/admin/privacy}: the privacy register of this server, as JSON (per feature, each table
 * with its personal columns, purpose, who may see it and how long it is kept), or with
 * {@code ?format=markdown} as the page a data-protection officer reads.
 */
@Component(service = PrivacyResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.privacy")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Credentials(Credentials.Kind.ADMIN_TOKEN)
@Path("admin/privacy")
public class PrivacyResource {
    private final Register register;
    private final AdminGate gate;
    private final AccessLogStore log;
    private final Eraser eraser;

    @Activate
    public PrivacyResource(@Reference Register register, @Reference AdminGate gate, @Reference AccessLogStore log,
            @Reference Eraser eraser) {
        this.register = register;
        this.gate = gate;
        this.log = log;
        this.eraser = eraser;
    }

    @ApiResponse(responseCode = "200", description = "People whose name or e-mail contains the text (at most 20),"
            + " with their programs and whether they were erased", content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = Eraser.Found.class))))
    @GET
    @Path("people")
    public Response people(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @QueryParam("q") String q) {
        gate.require(auth);
        String text = q == null ? "" : q.trim();
        if (text.length() < 2 || text.length() > 200) {
            throw new ValidationException("q", "Type at least 2 characters of the person's name or e-mail address.");
        }
        List<Eraser.Found> found = eraser.find(text);
        java.time.Instant now = java.time.Instant.now();
        log.record(found.stream().map(f -> new AccessLogStore.Read(null, "admin-token", null, f.id(),
                "GET " + org.tandem.rest.api.RestApi.BASE + "/admin/privacy/people", now)).toList());
        return Response.ok(found, MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
    }

    @ApiResponse(responseCode = "200", description = "Erasures, newest first: whose id, when, by whom (never the"
            + " erased data)", content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = ErasureBody.class))))
    @GET
    @Path("erasures")
    public Response erasures(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @QueryParam("limit") Integer limit) {
        gate.require(auth);
        return Response.ok(eraser.erasures(limit(limit)).stream().map(ErasureBody::of).toList(),
                MediaType.APPLICATION_JSON).build();
    }

    @ApiResponse(responseCode = "200", description = "Reads of people's data by others, newest first: when, who"
            + " (a person's id or the admin token), from which tenant, whose data, which route",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object"))))
    @GET
    @Path("access-log")
    public Response accessLog(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @QueryParam("person") String person,
            @QueryParam("limit") Integer limit) {
        gate.require(auth);
        return Response.ok(log.reads(person, limit(limit)), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "inline; filename=\"tandem-access-log.json\"").build();
    }

    @ApiResponse(responseCode = "200", description = "The register: per feature, its tables",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @GET
    public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @QueryParam("format") String format) {
        gate.require(auth);
        if ("markdown".equals(format)) {
            return Response.ok(Markdown.render(register.declarations()), "text/markdown; charset=utf-8").build();
        }
        if (format != null && !"json".equals(format)) {
            throw new ValidationException("format", "Use format=json (the default) or format=markdown.");
        }
        List<Map<String, Object>> out = register.declarations().stream().map(d -> Map.<String, Object>of(
                "feature", d.feature(), "tables", d.tables())).toList();
        return Response.ok(out, MediaType.APPLICATION_JSON).build();
    }

    private static int limit(Integer limit) {
        int max = limit == null ? 1000 : limit;
        if (max < 1 || max > 100_000) {
            throw new ValidationException("limit", "Use a limit from 1 to 100000 (default 1000).");
        }
        return max;
    }
}
