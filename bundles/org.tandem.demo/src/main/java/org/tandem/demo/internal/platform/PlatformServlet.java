package org.tandem.demo.internal.platform;

import com.nimbusds.jose.JOSEException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.Feature;

/**
 * The sample platform's pages under {@code /demo/}: {@code launch/<person>} (what a course page's link
 * does: start the tool's login), {@code platform/auth} (the OIDC authorization endpoint, answering with
 * the signed launch in a form the browser posts to Tandem), {@code platform/jwks} (its public key).
 */
@Component(service = Servlet.class, property = {Feature.PROPERTY + "=lti",
        "osgi.http.whiteboard.servlet.pattern=/demo/*", "osgi.http.whiteboard.servlet.name=tandem.demo.platform"})
public class PlatformServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PlatformServlet.class);
    private final transient SamplePlatform platform;

    @Activate
    public PlatformServlet(@Reference SamplePlatform platform) {
        this.platform = platform;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.startsWith("/launch/")) {
            Cast.Person person = Cast.find(path.substring("/launch/".length())).orElse(null);
            if (person == null) {
                text(resp, 404, "There is no such sample person. Open " + platform.base() + "/ and choose one there.");
                return;
            }
            resp.setHeader("Cache-Control", "no-store");
            resp.sendRedirect(platform.loginUrl(person));
        } else if ("/platform/auth".equals(path)) {
            authorize(req, resp);
        } else if ("/platform/jwks".equals(path)) {
            resp.setHeader("Cache-Control", "no-cache");
            write(resp, 200, "application/json", platform.jwks());
        } else if ("/platform/post.js".equals(path)) {
            write(resp, 200, "text/javascript", "document.forms[0].submit();");
        } else {
            text(resp, 404, "The sample platform has nothing at this address.");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if ("/platform/auth".equals(req.getPathInfo())) {
            authorize(req, resp); // OIDC allows the authorization request as a form post too
        } else {
            text(resp, 405, "Only the authorization endpoint takes a POST.");
        }
    }

    private void authorize(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> q = new HashMap<>();
        req.getParameterMap().forEach((k, v) -> q.put(k, v.length == 0 ? null : v[0]));
        StringBuilder why = new StringBuilder();
        String token;
        try {
            token = platform.idToken(q, why);
        } catch (JOSEException e) {
            LOG.error("The sample platform could not sign a launch", e);
            text(resp, 500, "The sample platform could not sign the launch: " + e.getMessage());
            return;
        }
        if (token == null) {
            LOG.warn("The sample platform refused an authorization request: {}", why);
            text(resp, 400, "The sample platform refused this request: " + why + ".");
            return;
        }
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'self'; form-action " + platform.base());
        write(resp, 200, "text/html", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Opening"
                + " Tandem…</title></head><body><form method=\"post\" action=\"" + esc(q.get("redirect_uri")) + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + esc(token) + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + esc(q.get("state")) + "\">"
                + "<noscript><button type=\"submit\">Open Tandem</button></noscript></form>"
                + "<script src=\"post.js\"></script></body></html>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void text(HttpServletResponse resp, int status, String message) throws IOException {
        write(resp, status, "text/plain", message);
    }

    private static void write(HttpServletResponse resp, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(type + "; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
