package org.tandem.rest.internal.http;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.tandem.model.Feature;

/**
 * After any endpoint has answered, sends the answer and then reads what is left of the request body.
 * An endpoint that refuses an oversized body (413) answers before reading it; Jetty then closed the
 * connection with the body unread, the kernel reset it, and the client often lost the 413 itself
 * ("no bytes"). Read up to {@link #DRAIN_LIMIT}, the client receives the whole answer; beyond that
 * the connection is closed, as a server must.
 */
@Component(service = Filter.class, property = {Feature.PROPERTY + "=core",
        "osgi.http.whiteboard.filter.pattern=/*", "osgi.http.whiteboard.filter.name=tandem.body.drain",
        "service.ranking:Integer=1000"})
public class BodyDrain implements Filter {
    /** The most of an unread body read and dropped to keep the answer intact (a 1 MB id_token, say). */
    static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (hasBody(request)) {
                drain(request, (HttpServletResponse) response);
            }
        }
    }

    private static boolean hasBody(ServletRequest request) {
        return request.getContentLengthLong() > 0 || "chunked".equalsIgnoreCase(
                ((HttpServletRequest) request).getHeader("Transfer-Encoding"));
    }

    private static void drain(ServletRequest request, HttpServletResponse response) throws IOException {
        InputStream in;
        try {
            in = request.getInputStream();
        } catch (IllegalStateException readAsText) {
            return; // the endpoint read the body through getReader(): nothing is left behind
        }
        if (request.getContentLengthLong() > DRAIN_LIMIT) {
            response.setHeader("Connection", "close");
            return;
        }
        response.flushBuffer(); // the answer goes first: a client that reads early has it whole
        byte[] sink = new byte[16 * 1024];
        long left = DRAIN_LIMIT;
        try {
            for (int n = in.read(sink); n > 0 && left > 0; n = in.read(sink)) {
                left -= n;
            }
        } catch (IOException clientGone) {
            // the client closed the connection: nothing to keep intact
        }
    }
}
