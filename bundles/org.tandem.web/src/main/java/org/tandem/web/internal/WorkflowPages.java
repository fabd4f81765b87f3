package org.tandem.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;

/**
 * The workflow feature's pages, {@code /app/workflow/*}: served only while the feature runs, so a switched-off
 * feature leaves no page behind (its URLs then answer 404, like its API).
 */
@Component(service = WorkflowPages.class, property = {Feature.PROPERTY + "=workflow",
        "osgi.http.whiteboard.resource.pattern=/app/workflow/*", "osgi.http.whiteboard.resource.prefix=/web/workflow"},
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = "(tandem.feature=workflow)"))
public class WorkflowPages {
}
