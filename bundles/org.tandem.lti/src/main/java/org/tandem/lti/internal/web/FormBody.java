package org.tandem.lti.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;

/**
 * A form post's parameters (and its query string's), read with a bound whether or not the request
 * says its length: the container's own form parsing gave a chunked 1 MB launch an empty 200.
 */
final class FormBody {
    /** The body is over the bound; nothing of it was parsed. */
    static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private FormBody() {
    }

    static Map<String, List<String>> read(HttpServletRequest request, int limit) throws IOException,
            TooLargeException {
        if (request.getContentLengthLong() > limit) {
            throw new TooLargeException();
        }
        Map<String, List<String>> out = parse(request.getQueryString());
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith("application/x-www-form-urlencoded")) {
            try (InputStream in = request.getInputStream()) {
                byte[] body = in.readNBytes(limit + 1);
                if (body.length > limit) {
                    throw new TooLargeException();
                }
                parse(new String(body, StandardCharsets.UTF_8)).forEach((k, v) ->
                        out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            }
        }
        return out;
    }

    static Map<String, List<String>> of(Map<String, String[]> params) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, new ArrayList<>(Arrays.asList(v))));
        return out;
    }

    static Map<String, List<String>> parse(String encoded) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return s; // a stray % stays as it is; the value is checked where it is used
        }
    }
}
