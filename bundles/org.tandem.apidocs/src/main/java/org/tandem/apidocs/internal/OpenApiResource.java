package org.tandem.apidocs.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.core.util.Json;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.rest.api.Credentials;
import org.tandem.rest.api.RestApi;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 document of every endpoint the running features serve.
 * It is made again when the set of served resources changes (a feature switched), else reused, and
 * made once ahead, 15 s after start.
 */
@Component(service = OpenApiResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.openapi")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Credentials(Credentials.Kind.NONE)
@Path("openapi.json")
public class OpenApiResource {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);
    private final BundleContext context;
    private final JaxrsServiceRuntime runtime;
    private volatile Made made = new Made(List.of(), null);
    /** Each running feature's "title: description", for the document's tags. */
    private final Map<String, String> features = new ConcurrentHashMap<>();

    private record Made(List<Long> ids, String json) {
    }

    /** Builds the document once the API has likely settled, so the first reader does not wait for it. */
    private final ScheduledExecutorService warmUp = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tandem-openapi-warm-up");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public OpenApiResource(BundleContext context, @Reference JaxrsServiceRuntime runtime) {
        this.context = context;
        this.runtime = runtime;
        warmUp.schedule(this::warm, 15, TimeUnit.SECONDS);
    }

    private void warm() {
        try {
            json();
        } catch (RuntimeException e) {
            LOG.debug("The OpenAPI document was not built ahead: {} (the first request builds it)", e.getMessage());
        }
    }

    @Deactivate
    void stop() {
        warmUp.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFeature(ActiveFeature feature, Map<String, Object> props) {
        Object title = props.get(ActiveFeature.TITLE);
        Object description = props.get(ActiveFeature.DESCRIPTION);
        features.put(feature.name(), (title == null ? feature.name() : title) + (description == null ? "" : ": " + description));
    }

    void removeFeature(ActiveFeature feature) {
        features.remove(feature.name());
    }

    @ApiResponse(responseCode = "200", description = "This document: OpenAPI 3",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @GET
    public Response document() {
        return Response.ok(json(), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .header("Cache-Control", "no-cache").header("Access-Control-Allow-Origin", "*").build();
    }

    String json() {
        List<Long> ids = ServedResources.ids(runtime);
        Made last = made;
        if (last.json() != null && last.ids().equals(ids)) {
            return last.json();
        }
        return build(ids);
    }

    /** One build at a time (the warm-up and a first request may meet); a build just made is reused. */
    private synchronized String build(List<Long> ids) {
        Made last = made;
        if (last.json() != null && last.ids().equals(ids)) {
            return last.json();
        }
        String json = Json.pretty(OpenApiDocument.of(ServedResources.describe(context, ids), RestApi.BASE,
                context.getBundle().getVersion().toString(), Map.copyOf(features)));
        made = new Made(ids, json);
        return json;
    }
}
