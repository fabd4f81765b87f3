package org.tandem.privacy.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.Feature;
import org.tandem.model.NotFoundException;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Credentials;
import org.tandem.rest.api.RestApi;

/**
 * A person's data export (right of access and portability): {@code GET /api/admin/people/{id}/export}
 * with the admin token ({@link MyExportResource} gives the caller their own), one JSON document whose
 * schema is published at {@code GET /api/privacy/export-schema.json}.
 */
@Component(service = ExportResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.privacy.export")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("")
public class ExportResource {
    private static final Logger LOG = LoggerFactory.getLogger(ExportResource.class);
    private final Exporter exporter;
    private final AdminGate gate;
    private final Eraser eraser;

    @Activate
    public ExportResource(@Reference Exporter exporter, @Reference AdminGate gate, @Reference Eraser eraser) {
        this.exporter = exporter;
        this.gate = gate;
        this.eraser = eraser;
    }

    @Credentials(Credentials.Kind.ADMIN_TOKEN)
    @ApiResponse(responseCode = "200", description = "The erasure's record (again: it was done before, nothing changed)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErasureBody.class)))
    @POST
    @Path("admin/people/{id}/erasure")
    public Response erase(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        gate.require(auth);
        return ErasureBody.reply(eraser.erase(id, new Eraser.Actor("admin-token", null, null))
                .orElseThrow(() -> new NotFoundException("person", id)));
    }

    @Credentials(Credentials.Kind.ADMIN_TOKEN)
    @ApiResponse(responseCode = "200", description = "Everything Tandem holds about the person (see the export schema)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @GET
    @Path("admin/people/{id}/export")
    public Response ofPerson(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        gate.require(auth);
        LOG.info("The admin token exported the data of person {}", id);
        return document(exporter, id);
    }

    @Credentials(Credentials.Kind.NONE)
    @ApiResponse(responseCode = "200", description = "The JSON Schema (2020-12) of an export",
            content = @Content(mediaType = "application/schema+json", schema = @Schema(type = "object")))
    @GET
    @Path("privacy/export-schema.json")
    public Response schema() throws IOException {
        try (InputStream in = ExportResource.class.getResourceAsStream("export-schema.json")) {
            return Response.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8), "application/schema+json").build();
        }
    }

    static Response document(Exporter exporter, String personId) {
        Map<String, Object> export = exporter.export(personId)
                .orElseThrow(() -> new NotFoundException("person", personId));
        return Response.ok(export, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"tandem-export-" + personId + ".json\"")
                .header("Cache-Control", "no-store").build();
    }
}
