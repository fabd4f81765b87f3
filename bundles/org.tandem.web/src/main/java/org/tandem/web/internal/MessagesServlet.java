package org.tandem.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.json.Json;
import javax.json.JsonObjectBuilder;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;

/**
 * {@code GET /app/i18n/messages.json?locale=de-DE}: the strings of the running features in the
 * launch's language, as one JSON object. Public (strings are no secret) and re-read by each app start,
 * so a feature switched on brings its strings with it.
 */
@Component(service = Servlet.class, property = {Feature.PROPERTY + "=core",
        "osgi.http.whiteboard.servlet.pattern=/app/i18n/*", "osgi.http.whiteboard.servlet.name=tandem.web.i18n"})
public class MessagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Map<ActiveFeature, String> active = new ConcurrentHashMap<>();
    private final transient Messages messages = new Messages(MessagesServlet.class.getClassLoader());

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFeature(ActiveFeature feature) {
        active.put(feature, feature.name());
    }

    void removeFeature(ActiveFeature feature) {
        active.remove(feature);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/messages.json".equals(req.getPathInfo())) {
            resp.sendError(404, "Only /app/i18n/messages.json is here.");
            return;
        }
        String language = Messages.language(req.getParameter("locale"));
        Set<String> features = new TreeSet<>(active.values());
        features.add("core");
        JsonObjectBuilder strings = Json.createObjectBuilder();
        messages.of(language, features).forEach(strings::add);
        byte[] body = Json.createObjectBuilder().add("language", language).add("messages", strings).build()
                .toString().getBytes(StandardCharsets.UTF_8);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
