package org.tandem.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;

/**
 * The catalog feature's pages, {@code /app/catalog/*}: served only while the feature runs, so a switched-off
 * feature leaves no page behind (its URLs then answer 404, like its API).
 */
@Component(service = CatalogPages.class, property = {Feature.PROPERTY + "=catalog",
        "osgi.http.whiteboard.resource.pattern=/app/catalog/*", "osgi.http.whiteboard.resource.prefix=/web/catalog"},
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = "(tandem.feature=catalog)"))
public class CatalogPages {
}
