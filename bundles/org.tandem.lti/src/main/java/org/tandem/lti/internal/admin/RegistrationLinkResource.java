package org.tandem.lti.internal.admin;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
import org.tandem.lti.internal.store.RegistrationLinks;
import org.tandem.model.Feature;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.RestApi;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;
import org.tandem.rest.api.Credentials;

/**
 * {@code POST /api/admin/platforms/registration-links}: a one-time LTI Dynamic Registration link, for
 * a platform admin to paste into their platform.
 */
@Component(service = RegistrationLinkResource.class, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
@JaxrsResource
@JaxrsName("tandem.lti.admin.registration-links")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Credentials(Credentials.Kind.ADMIN_TOKEN)
@Path("admin/platforms/registration-links")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationLinkResource {
    private static final Logger LOG = LoggerFactory.getLogger(RegistrationLinkResource.class);
    private final RegistrationLinks links;
    private final AdminGate gate;
    private final LtiSettings settings;

    @Activate
    public RegistrationLinkResource(@Reference RegistrationLinks links, @Reference AdminGate gate,
            @Reference LtiSettings settings) {
        this.links = links;
        this.gate = gate;
        this.settings = settings;
    }

    @ApiResponse(responseCode = "201", description = "{\"url\": the one-time link, \"expiresAt\": ..., \"usableOnce\": true}", content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @POST
    public Response issue(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        gate.require(auth);
        RegistrationLinks.Issued issued = links.issue();
        LOG.info("Issued a dynamic registration link, valid until {}", issued.expiresAt());
        return Response.status(201).entity(Map.of("url", settings.baseUrl() + "/lti/register?code=" + issued.code(),
                "expiresAt", issued.expiresAt().toString(), "usableOnce", true)).build();
    }
}
