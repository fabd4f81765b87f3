package org.tandem.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;

/**
 * The notifications feature's pages (the bell, the inbox, the preferences), {@code /app/notifications/*}:
 * served only while the feature runs, so a switched-off feature leaves no bell or page behind.
 */
@Component(service = NotificationsPages.class, property = {Feature.PROPERTY + "=notifications",
        "osgi.http.whiteboard.resource.pattern=/app/notifications/*",
        "osgi.http.whiteboard.resource.prefix=/web/notifications"},
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = "(tandem.feature=notifications)"))
public class NotificationsPages {
}
