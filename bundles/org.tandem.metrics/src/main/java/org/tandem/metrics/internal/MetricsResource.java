package org.tandem.metrics.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;
import org.tandem.model.Feature;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.RestApi;
import org.tandem.rest.api.Credentials;

/**
 * {@code GET /api/metrics}: every meter in the Prometheus text format (0.0.4), for a Prometheus that
 * scrapes with the admin token as its bearer credential (or openly, where so configured).
 */
@Component(service = MetricsResource.class, configurationPid = MetricsConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = Feature.PROPERTY + "=core")
@Designate(ocd = MetricsConfig.class)
@JaxrsResource
@JaxrsName("tandem.metrics")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Credentials(Credentials.Kind.ADMIN_TOKEN)
@Path("metrics")
public class MetricsResource {
    static final String TEXT_004 = "text/plain; version=0.0.4; charset=utf-8";
    private final PrometheusMeterRegistry registry;
    private final AdminGate admin;
    private final boolean open;

    @Activate
    public MetricsResource(@Reference PrometheusMeterRegistry registry, @Reference AdminGate admin,
            MetricsConfig config) {
        this.registry = registry;
        this.admin = admin;
        this.open = config.open();
    }

    @ApiResponse(responseCode = "200", description = "Every meter in the Prometheus text format 0.0.4",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    @GET
    public Response scrape(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return Response.ok(text(authorization), TEXT_004).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** Every meter in the text format, for a caller with the admin token (or anyone, if open). */
    String text(String authorization) {
        if (!open) {
            admin.require(authorization);
        }
        return registry.scrape();
    }
}
