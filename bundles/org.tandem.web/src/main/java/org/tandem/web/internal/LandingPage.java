package org.tandem.web.internal;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.Preprocessor;
import org.tandem.model.Feature;

/**
 * {@code GET /}: the front door for whoever opens the server's address: what Tandem is, whether it is
 * healthy, how to connect a learning platform, where the API is documented, and in try-it mode the
 * sample people to open Tandem as. The page is static; its script ({@code /app/landing.js}) asks the
 * public API and, once an admin pastes the token, the admin API. The token stays in the page.
 * <p>
 * A preprocessor, because the JAX-RS whiteboard's default application holds {@code /*}, which a
 * servlet at {@code /} cannot win against; only the root itself is answered here.
 */
@Component(service = Preprocessor.class, property = Feature.PROPERTY + "=core")
public class LandingPage implements Preprocessor {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (!"/".equals(req.getRequestURI()) || !("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("Content-Security-Policy", POLICY);
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        try (InputStream page = LandingPage.class.getResourceAsStream("/web/landing/index.html")) {
            page.transferTo(resp.getOutputStream());
        }
    }
}
