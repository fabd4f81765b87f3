package org.tandem.lti.internal.web;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;
import org.tandem.lti.internal.LtiSettings;
import org.tandem.lti.internal.launch.Launch;
import org.tandem.lti.internal.session.Enrolment.Entered;
import org.tandem.lti.internal.store.PlatformStore;
import org.tandem.lti.internal.store.SessionStore;
import org.tandem.lti.internal.store.ToolKeys;
import org.tandem.model.Feature;

/**
 * Deep Linking 2.0, part of the feature lti-advantage: the choice page a deep-linking launch opens,
 * and {@code /lti/deep-link}, which answers with the signed response. While the feature is off, the
 * servlet finds no such service and refuses deep-linking launches before anything is written.
 */
@Component(service = DeepLinking.class, property = Feature.PROPERTY + "=lti-advantage",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.ADVANTAGE))
public class DeepLinking {
    private final DeepLinkHandler handler;

    @Activate
    public DeepLinking(@Reference SessionStore sessions, @Reference PlatformStore platforms, @Reference ToolKeys keys,
            @Reference LtiSettings settings) {
        this.handler = new DeepLinkHandler(sessions, platforms, keys, settings);
    }

    Reply choose(Entered entered, Launch.DeepLinking request) {
        return Pages.respond(200, "Add Tandem to your course", DeepLinkPages.choose(entered, request));
    }

    Reply respond(Map<String, List<String>> form) {
        return handler.respond(form);
    }
}
