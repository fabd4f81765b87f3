package org.tandem.privacy.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.model.Feature;
import org.tandem.model.NotFoundException;
import org.tandem.rest.api.Caller;
import org.tandem.rest.api.Callers;
import org.tandem.rest.api.RestApi;

/**
 * {@code GET /api/me/export}: the caller's own data export. A root resource of its own: under a root
 * {@code ""} the core's {@code me} resource would win the match and answer 404.
 */
@Component(service = MyExportResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.privacy.my-export")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("me/export")
public class MyExportResource {
    private final Exporter exporter;

    @Activate
    public MyExportResource(@Reference Exporter exporter) {
        this.exporter = exporter;
    }

    @ApiResponse(responseCode = "200", description = "Everything Tandem holds about you (see the export schema)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @GET
    public Response mine(@Context SecurityContext security) {
        Caller caller = Callers.of(security);
        if (caller.personId() == null) {
            throw new NotFoundException("The admin token is nobody's: export a person with /api/admin/people/{id}/export.");
        }
        return ExportResource.document(exporter, caller.personId());
    }
}
