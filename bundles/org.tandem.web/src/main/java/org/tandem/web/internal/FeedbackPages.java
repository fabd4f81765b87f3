package org.tandem.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;

/**
 * The feedback feature's pages, {@code /app/feedback/*}: served only while the feature runs, so a switched-off
 * feature leaves no page behind (its URLs then answer 404, like its API).
 */
@Component(service = FeedbackPages.class, property = {Feature.PROPERTY + "=feedback",
        "osgi.http.whiteboard.resource.pattern=/app/feedback/*", "osgi.http.whiteboard.resource.prefix=/web/feedback"},
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = "(tandem.feature=feedback)"))
public class FeedbackPages {
}
