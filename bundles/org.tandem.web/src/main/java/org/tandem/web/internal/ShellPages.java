package org.tandem.web.internal;

import org.osgi.service.component.annotations.Component;
import org.tandem.model.Feature;

/**
 * The app's shell under {@code /app/}: the script a launch page loads, the style sheet, the router,
 * and the pages of the core feature (home, program administration). Static files of this bundle's
 * {@code web/core} folder, served by the HTTP whiteboard.
 */
@Component(service = ShellPages.class, property = {Feature.PROPERTY + "=core",
        "osgi.http.whiteboard.resource.pattern=/app/*", "osgi.http.whiteboard.resource.prefix=/web/core"})
public class ShellPages {
}
