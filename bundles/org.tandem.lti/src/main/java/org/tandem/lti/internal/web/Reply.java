package org.tandem.lti.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/** A response of the LTI endpoints: status, type, extra headers and body. */
record Reply(int status, String contentType, List<Map.Entry<String, String>> headers, String body) {

    static Reply of(int status, String contentType, String body) {
        return new Reply(status, contentType, List.of(), body);
    }

    static Reply redirect(String location) {
        return new Reply(302, null, List.of(Map.entry("Location", location), Map.entry("Cache-Control", "no-store")), "");
    }

    Reply with(String header, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(header, value));
        return new Reply(status, contentType, more, body);
    }

    void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        for (Map.Entry<String, String> h : headers) {
            response.addHeader(h.getKey(), h.getValue());
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
