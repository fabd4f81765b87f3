package org.tandem.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;

/**
 * The matching feature's pages, {@code /app/matching/*}: served only while the feature runs, so a switched-off
 * feature leaves no page behind (its URLs then answer 404, like its API).
 */
@Component(service = MatchingPages.class, property = {Feature.PROPERTY + "=matching",
        "osgi.http.whiteboard.resource.pattern=/app/matching/*", "osgi.http.whiteboard.resource.prefix=/web/matching"},
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = "(tandem.feature=matching)"))
public class MatchingPages {
}
