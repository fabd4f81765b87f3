package org.tandem.web.internal;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.tandem.model.Feature;

/**
 * Headers for everything under {@code /app/}: browsers revalidate each file ({@code no-cache}, answered
 * with 304 while unchanged), so an upgrade or a feature switched off never leaves a stale page running.
 */
@Component(service = Filter.class, property = {Feature.PROPERTY + "=core",
        "osgi.http.whiteboard.filter.pattern=/app/*", "osgi.http.whiteboard.filter.name=tandem.web.headers"})
public class AppHeaders implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) resp;
        http.setHeader("Cache-Control", "no-cache");
        http.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(req, resp);
    }
}
