package org.tandem.itests;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;

/** A small JSON-over-HTTP client for the tests: real requests to the real server. */
public final class Http {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;
    private final String language;

    public Http(String base) {
        this(base, null, null);
    }

    private Http(String base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    /** The same client, sending this Authorization header. */
    public Http as(String authorizationHeader) {
        return new Http(base, authorizationHeader, language);
    }

    /** The same client, asking for answers in this language (Accept-Language), as the app does. */
    public Http speaking(String acceptLanguage) {
        return new Http(base, authorization, acceptLanguage);
    }

    /** A response: status, headers of interest, and the body parsed when it is a JSON object. */
    public record Reply(int status, String contentType, String etag, String location, String body) {
        public JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }

        public javax.json.JsonArray jsonArray() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readArray();
            }
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply postEmpty(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String ifMatch, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b);
    }

    public Reply delete(String path, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).DELETE();
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b);
    }

    public Reply send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Location").orElse(null),
                    r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }
}
