package org.tandem.lti.internal.admin;

import static org.tandem.lti.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import org.tandem.lti.internal.LtiSettings;
import org.tandem.lti.internal.launch.Registration;
import org.tandem.lti.internal.store.PlatformStore;
import org.tandem.lti.internal.store.ToolKeys;
import org.tandem.model.Feature;
import org.tandem.model.NotFoundException;
import org.tandem.model.StaleVersionException;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Conditional;
import org.tandem.rest.api.RestApi;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;
import org.tandem.rest.api.Credentials;

/**
 * {@code /api/admin/platforms}: the platform registry, for whoever holds the admin token. Also
 * {@code GET /api/admin/platforms/tool} (the URLs to paste into a platform) and
 * {@code POST /api/admin/platforms/tool/key-rotation}.
 */
@Component(service = PlatformAdminResource.class,
        property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
@JaxrsResource
@JaxrsName("tandem.lti.admin.platforms")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Credentials(Credentials.Kind.ADMIN_TOKEN)
@Path("admin/platforms")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformAdminResource {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformAdminResource.class);
    private final PlatformStore store;
    private final ToolKeys keys;
    private final AdminGate gate;
    private final LtiSettings settings;

    @Activate
    public PlatformAdminResource(@Reference PlatformStore store, @Reference ToolKeys keys, @Reference AdminGate gate,
            @Reference LtiSettings settings) {
        this.store = store;
        this.keys = keys;
        this.gate = gate;
        this.settings = settings;
    }

    @GET
    public List<PlatformBody> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        gate.require(auth);
        Map<String, Instant> launched = store.lastLaunches();
        return store.list().stream().map(r -> body(r, launched.get(r.id()))).toList();
    }

    @GET
    @Path("tool")
    public ToolUrls tool(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        gate.require(auth);
        return ToolUrls.of(settings.baseUrl());
    }

    @POST
    @Path("tool/key-rotation")
    public Map<String, String> rotate(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        gate.require(auth);
        return Map.of("kid", keys.rotate());
    }

    @ApiResponse(responseCode = "200", description = "The platform; its version is the ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlatformBody.class)))
    @GET
    @Path("{id}")
    public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @PathParam("id") String id) {
        gate.require(auth);
        Registration r = store.find(id).orElseThrow(() -> new NotFoundException("platform", id));
        return Response.ok(body(r, store.lastLaunches().get(r.id()))).tag(Conditional.etag(r.version())).build();
    }

    @ApiResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlatformBody.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, PlatformBody body) {
        gate.require(auth);
        Registration r = store.create(registration(null, 0, body));
        LOG.info("Platform registered: {} (issuer {}, client id {}, tenant {})", r.name(), r.issuer(), r.clientId(),
                r.tenant());
        return Response.created(URI.create("admin/platforms/" + r.id())).tag(Conditional.etag(r.version()))
                .entity(body(r)).build();
    }

    @ApiResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlatformBody.class)))
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PlatformBody body) {
        gate.require(auth);
        long version = Conditional.expectedVersion(ifMatch, body == null ? null : body.version());
        try {
            Registration r = store.update(registration(id, version, body));
            return Response.ok(body(r)).tag(Conditional.etag(r.version())).build();
        } catch (StaleVersionException e) {
            throw Conditional.stale(e, ifMatch);
        }
    }

    @ApiResponse(responseCode = "204", description = "Removed")
    @DELETE
    @Path("{id}")
    public Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        gate.require(auth);
        try {
            store.delete(id, Conditional.expectedVersion(ifMatch, null));
        } catch (StaleVersionException e) {
            throw Conditional.stale(e, ifMatch);
        }
        LOG.info("Platform registration {} deleted", id);
        return Response.noContent().build();
    }

    private static Registration registration(String id, long version, PlatformBody b) {
        if (b == null) {
            throw new ValidationException("body", TEXT.format("admin.platform-json"));
        }
        return new Registration(id, version, b.name(), trim(b.issuer()), trim(b.clientId()),
                b.deploymentIds() == null ? Set.of() : Set.copyOf(b.deploymentIds().stream().map(s -> s == null ? "" : s.trim()).toList()),
                b.tenant(), trim(b.authLoginUrl()), trim(b.tokenUrl()), trim(b.jwksUrl()));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    static PlatformBody body(Registration r) {
        return body(r, null);
    }

    static PlatformBody body(Registration r, Instant lastLaunch) {
        return new PlatformBody(r.id(), r.version(), r.name(), r.issuer(), r.clientId(),
                r.deploymentIds().stream().sorted().toList(), r.tenant(), r.authLoginUrl(), r.tokenUrl(), r.jwksUrl(),
                lastLaunch == null ? null : lastLaunch.toString());
    }
}
