package org.tandem.lti.internal.web;

import static org.tandem.lti.internal.Texts.TEXT;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.lti.internal.LtiSettings;
import org.tandem.lti.internal.launch.Registration;
import org.tandem.lti.internal.services.DynamicRegistration;
import org.tandem.lti.internal.services.ServiceException;
import org.tandem.lti.internal.store.PlatformStore;
import org.tandem.lti.internal.store.RegistrationLinks;
import org.tandem.model.ConflictException;
import org.tandem.model.ValidationException;

/**
 * {@code GET /lti/register?code=…&openid_configuration=…&registration_token=…}: LTI Dynamic
 * Registration, opened by a platform admin from a one-time link a Tandem admin issued. The platform is
 * added to the registry (or its new deployment to its registration) and the page tells the admin what
 * happened, then closes the platform's registration frame.
 */
final class RegistrationHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RegistrationHandler.class);
    private final RegistrationLinks links;
    private final PlatformStore platforms;
    private final LtiSettings settings;

    RegistrationHandler(RegistrationLinks links, PlatformStore platforms, LtiSettings settings) {
        this.links = links;
        this.platforms = platforms;
        this.settings = settings;
    }

    Reply register(Map<String, String> query) {
        String code = query.get("code");
        String config = query.get("openid_configuration");
        if (config == null || config.isBlank()) {
            return failed(400, Pages.esc(TEXT.format("reg.not-here")));
        }
        if (!links.usable(code)) {
            LOG.warn("LTI dynamic registration refused from {}: the registration link is unknown, used or expired",
                    config);
            return failed(403, Pages.esc(TEXT.format("reg.link-invalid", "days", RegistrationLinks.LIFETIME.toDays())));
        }
        try {
            DynamicRegistration.Outcome o = DynamicRegistration.register(config, query.get("registration_token"),
                    settings.baseUrl(), settings.toolName());
            if (o.registration().deploymentIds().isEmpty()) {
                return failed(502, Pages.esc(TEXT.format("reg.no-deployment", "client", o.registration().clientId())));
            }
            Registration stored = store(o.registration());
            if (!links.spend(code, stored.id())) {
                return failed(409, Pages.esc(TEXT.format("reg.link-race")));
            }
            LOG.info("LTI dynamic registration: {} (issuer {}, client id {}, deployments {})", stored.name(),
                    stored.issuer(), stored.clientId(), stored.deploymentIds());
            return done(stored, o.product());
        } catch (ServiceException e) {
            LOG.warn("LTI dynamic registration from {} failed: {}", config, e.getMessage());
            return failed(502, Pages.esc(e.getMessage()) + ".");
        } catch (ValidationException e) {
            LOG.warn("LTI dynamic registration from {} gave an unusable registration: {}", config, e.getMessage());
            return failed(502, Pages.esc(TEXT.format("reg.bad-config", "reason", String.valueOf(e.getMessage()))));
        }
    }

    /** A new registration, or the new deployment of one already known (a second install in the same platform). */
    private Registration store(Registration r) {
        for (Registration known : platforms.byIssuer(r.issuer())) {
            if (known.clientId().equals(r.clientId())) {
                r.deploymentIds().forEach(d -> platforms.addDeployment(known.id(), d));
                return platforms.find(known.id()).orElseThrow();
            }
        }
        try {
            return platforms.create(r);
        } catch (ConflictException e) {
            return store(r); // registered in parallel: add the deployment to the winner's registration
        }
    }

    private static Reply done(Registration r, String product) {
        String body = "<h1>" + Pages.esc(TEXT.format("reg.done")) + "</h1><p>" + Pages.esc(TEXT.format("reg.can-launch",
                "name", r.name())) + "</p><ul><li>" + Pages.esc(TEXT.format("reg.issuer")) + " <code>" + Pages.esc(r.issuer())
                + "</code></li><li>" + Pages.esc(TEXT.format("reg.client")) + " <code>" + Pages.esc(r.clientId())
                + "</code></li><li>" + Pages.esc(TEXT.format("reg.deployments")) + " <code>"
                + Pages.esc(String.join(", ", r.deploymentIds())) + "</code></li></ul>"
                + ("moodle".equals(product) ? "<p>" + Pages.esc(TEXT.format("reg.moodle")) + "</p>" : "")
                + "<p><button type=\"button\" id=\"close\">" + Pages.esc(TEXT.format("reg.close")) + "</button></p>"
                + "<script>document.getElementById('close').addEventListener('click', function () {"
                + " (window.opener || window.parent).postMessage({subject: 'org.imsglobal.lti.close'}, '*'); });"
                + "</script>";
        return Pages.respond(200, TEXT.format("reg.done"), body);
    }

    private static Reply failed(int status, String html) {
        return Pages.respond(status, TEXT.format("reg.failed"), "<h1>" + Pages.esc(TEXT.format("reg.failed.title"))
                + "</h1><p>" + html + "</p><p class=\"muted\">" + Pages.esc(TEXT.format("reg.nothing-stored")) + "</p>");
    }
}
