package org.tandem.rest.internal.gate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.json.JsonObjectBuilder;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.tandem.rest.api.Languages;
import org.tandem.rest.api.RestApi;
import org.tandem.rest.internal.Texts;
import org.tandem.storage.Jsonp;

/**
 * Errors the container or CXF answer on their own (an HTML page: "No service was found", Jetty's
 * 404/500) written as problem+json, in the reader's language, like every answer of the API.
 */
final class ProblemPages {
    private ProblemPages() {
    }

    static void write(HttpServletResponse answer, HttpServletRequest request, int status) throws IOException {
        List<Locale> asked = request.getHeader("Accept-Language") == null ? List.of()
                : Collections.list(request.getLocales());
        Locale l;
        try (Languages.Scope reader = Languages.reading(asked)) {
            l = Languages.current();
        }
        String key = switch (status) {
            case 404, 405, 503 -> "http." + status;
            default -> status >= 500 ? "http.5xx" : "http.4xx";
        };
        JsonObjectBuilder problem = Jsonp.objectBuilder()
                .add("type", "urn:tandem:problem:" + (status == 503 ? "unavailable" : "http-" + status))
                .add("title", Texts.TEXT.format(l, key)).add("status", status)
                .add("detail", Texts.TEXT.format(l, key + ".detail"))
                .add("instance", request.getRequestURI());
        byte[] body = problem.build().toString().getBytes(StandardCharsets.UTF_8);
        if (answer.isCommitted()) {
            return; // the status line is out: nothing better can be said
        }
        answer.resetBuffer();
        answer.setStatus(status);
        answer.setContentType(RestApi.PROBLEM_JSON + ";charset=utf-8");
        if (status == 503) {
            answer.setHeader("Retry-After", "1");
        }
        answer.setContentLength(body.length);
        answer.getOutputStream().write(body);
    }

    /**
     * Passes everything through except the container's and CXF's own error pages: {@code sendError}, and
     * an HTML body on an error status that turns out to be CXF's "No service was found" or empty (held back to
     * see; an endpoint's own HTML page, such as an unsubscribe page's 404, goes out as it was). Those are
     * answered as a problem when the request ends: a 503 if the API started changing meanwhile.
     */
    static final class Response extends HttpServletResponseWrapper {
        private static final String NO_SERVICE = "No service was found";
        private final HttpServletRequest request;
        private final ApiState state;
        private int status = 200;
        private int errorPage;
        private java.io.ByteArrayOutputStream held;
        private String heldType;
        private final long changesBefore;

        Response(HttpServletResponse answer, HttpServletRequest request, ApiState state) {
            super(answer);
            this.request = request;
            this.state = state;
            this.changesBefore = state.changes();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) {
            errorPage = sc;
        }

        @Override
        public void sendError(int sc, String message) {
            errorPage = sc;
        }

        @Override
        public void setContentType(String type) {
            if (status >= 400 && type != null && type.startsWith("text/html")) {
                held = new java.io.ByteArrayOutputStream();
                heldType = type;
                return;
            }
            super.setContentType(type);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return errorPage != 0 ? new Sink(OutputStream.nullOutputStream())
                    : held != null ? new Sink(held) : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return errorPage != 0 ? new PrintWriter(Writer.nullWriter())
                    : held != null ? new PrintWriter(new java.io.OutputStreamWriter(held, StandardCharsets.UTF_8), true)
                    : super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (errorPage == 0 && held == null) {
                super.flushBuffer();
            }
        }

        /** Whether the API started changing since this request passed the gate. */
        boolean changed() {
            return !state.settled() || state.changes() != changesBefore;
        }

        /**
         * Answers 503 for a request that failed because the API was torn down under it (CXF throws
         * when its destination goes mid-request); false if the failure had nothing to do with that.
         */
        boolean unavailable() throws IOException {
            if (!changed() || getResponse().isCommitted()) {
                return false;
            }
            getResponse().resetBuffer();
            write((HttpServletResponse) getResponse(), request, 503);
            return true;
        }

        void finish() throws IOException {
            HttpServletResponse answer = (HttpServletResponse) getResponse();
            if (held != null && errorPage == 0) {
                String body = held.toString(StandardCharsets.UTF_8);
                if (!body.isBlank() && !body.contains(NO_SERVICE)) {
                    answer.setContentType(heldType);
                    held.writeTo(answer.getOutputStream());
                    return;
                }
                errorPage = status;
            }
            if (errorPage != 0) {
                // a 404 or 5xx of the container's while the API was republished: the endpoint was only away
                boolean away = errorPage == 404 || errorPage >= 500;
                write(answer, request, away && changed() ? 503 : errorPage);
            }
        }
    }

    /** Where a held or dropped body goes. */
    private static final class Sink extends ServletOutputStream {
        private final OutputStream to;

        Sink(OutputStream to) {
            this.to = to;
        }

        @Override
        public void write(int b) throws IOException {
            to.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            to.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            // writes never block
        }
    }
}
