package org.tandem.apidocs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.tandem.model.Feature;

/**
 * {@code /api-docs/}: the API documentation to browse and try, Swagger UI reading
 * {@code /api/openapi.json}. Swagger UI's own files come from its webjar bundle, served from this server
 * (no CDN: the page works offline and behind a university's proxy); the page and its start script are
 * this bundle's.
 */
@Component(service = Servlet.class, property = {Feature.PROPERTY + "=core",
        "osgi.http.whiteboard.servlet.pattern=/api-docs/*", "osgi.http.whiteboard.servlet.name=tandem.apidocs"})
public class ApiDocsPages extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String WEBJAR = "org.webjars.swagger-ui";
    /** The files served, and their types: nothing else of either bundle is reachable. */
    private static final Map<String, String> OWN = Map.of("/", "text/html; charset=utf-8",
            "/docs.js", "text/javascript; charset=utf-8", "/docs.css", "text/css; charset=utf-8");
    private static final Map<String, String> SWAGGER_UI = Map.of("/swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "/swagger-ui.css", "text/css; charset=utf-8", "/favicon-32x32.png", "image/png");
    private final transient BundleContext context;

    @Activate
    public ApiDocsPages(BundleContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty()) {
            resp.sendRedirect(req.getContextPath() + req.getServletPath() + "/");
            return;
        }
        URL file = OWN.containsKey(path) ? context.getBundle().getEntry("web/apidocs" + ("/".equals(path) ? "/index.html" : path))
                : SWAGGER_UI.containsKey(path) ? swaggerUi(path.substring(1)) : null;
        if (file == null) {
            resp.sendError(404, "There is no such file in the API documentation.");
            return;
        }
        resp.setContentType(OWN.getOrDefault(path, SWAGGER_UI.get(path)));
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = file.openStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }

    private URL swaggerUi(String name) {
        Bundle webjar = Arrays.stream(context.getBundles()).filter(b -> WEBJAR.equals(b.getSymbolicName())).findFirst()
                .orElse(null);
        Enumeration<URL> found = webjar == null ? null
                : webjar.findEntries("META-INF/resources/webjars/swagger-ui", name, true);
        return found != null && found.hasMoreElements() ? found.nextElement() : null;
    }
}
