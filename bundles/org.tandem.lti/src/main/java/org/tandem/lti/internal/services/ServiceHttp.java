package org.tandem.lti.internal.services;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP to a platform's services (token endpoint, NRPS, AGS), with finite timeouts and a size cap so
 * that a slow or hostile platform can neither hang a request thread nor fill the heap.
 */
final class ServiceHttp {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int SIZE_LIMIT = 8 * 1024 * 1024;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A response: its status, body, and the {@code Link} header when there is one. */
    record Answer(int status, String body, Optional<String> link) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private ServiceHttp() {
    }

    static Answer send(HttpRequest.Builder request, String what) {
        HttpRequest r = request.timeout(TIMEOUT).build();
        try {
            HttpResponse<InputStream> response = CLIENT.send(r, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] body = in.readNBytes(SIZE_LIMIT + 1);
                if (body.length > SIZE_LIMIT) {
                    throw new ServiceException(what + ": the platform's answer from " + r.uri() + " exceeds "
                            + SIZE_LIMIT / 1024 / 1024 + " MB");
                }
                return new Answer(response.statusCode(), new String(body, StandardCharsets.UTF_8),
                        response.headers().firstValue("Link"));
            }
        } catch (IOException e) {
            throw new ServiceException(what + ": cannot reach " + r.uri() + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException(what + ": interrupted");
        }
    }

    static HttpRequest.Builder to(String url) {
        return HttpRequest.newBuilder(URI.create(url));
    }

    /** The first 200 characters of a platform's error body, for a log line an admin can act on. */
    static String excerpt(String body) {
        String s = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
