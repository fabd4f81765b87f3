package org.tandem.rest.internal.gate;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.Preprocessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.rest.api.RestApi;

/**
 * In front of everything under {@code /api}, before the servlet is even chosen (a whiteboard
 * preprocessor): while the API is being republished, a request waits for it (up to
 * {@value #WAIT_MILLIS} ms) and is then served by what is there now; if it is still changing, the answer
 * is {@code 503} with {@code Retry-After}, never a 404 for an endpoint that is about to be back. What the
 * container or CXF would answer as an HTML error page is answered as problem+json instead.
 */
@Component(service = Preprocessor.class)
public class ApiGate implements Preprocessor {
    private static final Logger LOG = LoggerFactory.getLogger(ApiGate.class);
    static final long WAIT_MILLIS = 5_000;
    private static final String HEALTH = RestApi.BASE + "/health";
    private final ApiState state;

    @Activate
    public ApiGate(@Reference ApiState state) {
        this.state = state;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI();
        if (path == null || !(path.equals(RestApi.BASE) || path.startsWith(RestApi.BASE + "/"))) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse answer = (HttpServletResponse) response;
        try {
            // health answers at once, whatever the state: it is how an administrator learns why (storage down)
            if (!path.equals(HEALTH) && !state.awaitSettled(WAIT_MILLIS)) {
                LOG.info("{} {} answered 503: the REST API is still being republished", http.getMethod(), path);
                ProblemPages.write(answer, http, 503);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ProblemPages.write(answer, http, 503);
            return;
        }
        ProblemPages.Response wrapped = new ProblemPages.Response(answer, http, state);
        try {
            chain.doFilter(request, wrapped);
        } catch (IOException | ServletException | RuntimeException e) {
            if (wrapped.unavailable()) {
                LOG.info("{} {} answered 503: the REST API was republished while it ran ({})", http.getMethod(), path,
                        e.toString());
                return;
            }
            throw e;
        }
        wrapped.finish();
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
