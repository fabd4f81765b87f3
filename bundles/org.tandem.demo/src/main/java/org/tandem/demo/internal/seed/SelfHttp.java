package org.tandem.demo.internal.seed;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import javax.json.JsonStructure;
import javax.json.spi.JsonProvider;
import org.tandem.storage.Jsonp;

/**
 * Tandem's own HTTP interface, called from inside the server the way a browser and the app call it: the
 * sample data is made through the same launches and API calls as real people make, so it passes every
 * check they pass.
 */
final class SelfHttp {
    private static final JsonProvider JSON = Jsonp.provider();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    SelfHttp(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    HttpResponse<String> get(String url, String cookie) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        return send(cookie == null ? b : b.header("Cookie", cookie));
    }

    HttpResponse<String> postForm(String url, Map<String, String> form, String cookie) throws IOException {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        return send(cookie == null ? b : b.header("Cookie", cookie));
    }

    /** An API call as a person (their session) or anonymously; 503 (the API republishing) is waited out. */
    HttpResponse<String> api(String method, String path, String token, String json, String ifMatch) throws IOException {
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api" + path)).header("Accept", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                b.header("Content-Type", "application/json");
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (ifMatch != null) {
                b.header("If-Match", ifMatch);
            }
            HttpResponse<String> r = send(b);
            if (r.statusCode() != 503 || attempt >= 10) {
                return r;
            }
            pause(1000);
        }
    }

    static JsonStructure json(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    /** A JSON string literal. */
    static String quote(String s) {
        return JSON.createValue(s).toString();
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException {
        try {
            return client.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
