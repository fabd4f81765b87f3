package org.tandem.itests;

import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;

/**
 * Issue 20's bad-input sweep, over every endpoint the API serves (read from the JAX-RS runtime, so a
 * new endpoint is swept without being named here): malformed, deeply nested, mistyped, empty, huge and
 * non-JSON bodies on every write, nonsense query parameters on every read. Each answer is a 4xx (or a
 * success), never a 5xx, never an HTML error page or a stack trace. Run once per database.
 */
public abstract class BadInputBehaviour {
    private static final String DEEP = "[".repeat(100_000) + "]".repeat(100_000);
    private static final Map<String, String> BODIES = new LinkedHashMap<>();
    private static final java.util.regex.Pattern TRACE = java.util.regex.Pattern.compile(
            "\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b");

    static {
        BODIES.put("malformed", "{\"name\":");
        BODIES.put("100,000 deep", DEEP);
        BODIES.put("an array", "[1,2,3]");
        BODIES.put("mistyped", "{\"name\":{\"x\":[1,{\"y\":true}]},\"startsOn\":\"not-a-date\",\"limit\":-1,"
                + "\"id\":null,\"version\":\"three\",\"members\":\"everyone\",\"answers\":7}");
        BODIES.put("empty", "");
        BODIES.put("null", "null");
        BODIES.put("a string", "\"\\ud800\"");
        BODIES.put("2 MB", "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
    }

    @Inject
    protected BundleContext context;
    private Http http;

    @Before
    public void serverIsUp() throws InterruptedException {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        http = new Http(System.getProperty("tandem.it.base")).as("Bearer " + ServerOptions.ADMIN_TOKEN);
        Waits.settled("the API answers", () -> http.get("/programs").status() == 200);
    }

    @Test
    public void noWriteAnswersBadBodiesWithA5xxOrAnHtmlPage() {
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (ResourceMethodInfoDTO m : methods()) {
            if (!List.of("POST", "PUT", "PATCH").contains(m.method)) {
                continue;
            }
            String path = path(m);
            for (Map.Entry<String, String> body : BODIES.entrySet()) {
                check(wrong, m.method + " " + path + " with " + body.getKey(), path, http.send(HttpRequest.newBuilder(
                        http.uri(path)).header("Content-Type", "application/json").method(m.method,
                        HttpRequest.BodyPublishers.ofString(body.getValue(), StandardCharsets.UTF_8))));
                sent++;
            }
            check(wrong, m.method + " " + path + " as text/plain", path, http.send(HttpRequest.newBuilder(http.uri(path))
                    .header("Content-Type", "text/plain").method(m.method, HttpRequest.BodyPublishers.ofString("hello"))));
            check(wrong, m.method + " " + path + " with bytes that are not UTF-8", path, http.send(HttpRequest.newBuilder(
                    http.uri(path)).header("Content-Type", "application/json").method(m.method,
                    HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                        '"', '}'}))));
            sent += 2;
        }
        System.out.println("Bad-input sweep: " + sent + " bad bodies sent to the API's write endpoints");
        assertTrue("the sweep found the write endpoints", sent > 200);
        assertTrue(wrong.size() + " bad answers:\n" + String.join("\n", wrong), wrong.isEmpty());
    }

    @Test
    public void noReadAnswersNonsenseParametersWithA5xxOrAnHtmlPage() {
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (ResourceMethodInfoDTO m : methods()) {
            if (!"GET".equals(m.method)) {
                continue;
            }
            String path = path(m);
            for (String query : List.of("?limit=abc&offset=-5", "?limit=99999999999999999999", "?status=%00%ff&from=yesterday"
                    + "&programId=%27%20OR%201%3D1", "?" + "q=x&".repeat(2000))) {
                check(wrong, "GET " + path + query, path, http.send(HttpRequest.newBuilder(http.uri(path + query)).GET()));
                sent++;
            }
        }
        System.out.println("Bad-input sweep: " + sent + " nonsense queries sent to the API's read endpoints");
        assertTrue("the sweep found the read endpoints", sent > 100);
        assertTrue(wrong.size() + " bad answers:\n" + String.join("\n", wrong), wrong.isEmpty());
    }

    /**
     * Answers good and bad carry one {@code Date}, an IMF-fixdate of now. Tandem's CXF feature sets it
     * (CXF's own formatter cost 1.4%); the runtime must have taken the feature, or CXF would set it alone.
     */
    @Test
    public void everyAnswerCarriesOneDateThatIsNow() throws Exception {
        assertTrue(ApiMethods.extensions(context).toString(), ApiMethods.extensions(context).contains("tandem.date"));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/programs", "/programs/no-such-program", "/no-such-route", "/health")) {
            java.net.http.HttpResponse<String> r = client.send(HttpRequest.newBuilder(http.uri(path))
                    .header("Authorization", "Bearer " + ServerOptions.ADMIN_TOKEN).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            List<String> dates = r.headers().allValues("Date");
            if (dates.size() != 1 || !dates.get(0).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT")
                    || Math.abs(java.time.Duration.between(java.time.ZonedDateTime.parse(dates.get(0),
                            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(), java.time.Instant.now())
                            .toSeconds()) > 60) {
                wrong.add(path + " (" + r.statusCode() + "): " + dates);
            }
        }
        assertTrue(String.join("\n", wrong), wrong.isEmpty());
    }

    /** Requests that are not valid HTTP: Jetty refuses them before any servlet, as problem+json too. */
    @Test
    public void requestsThatAreNotValidHttpGetAProblemNotAnHtmlPage() throws Exception {
        java.net.URI base = java.net.URI.create(System.getProperty("tandem.it.root"));
        List<String> wrong = new ArrayList<>();
        for (String head : List.of("GET /api/programs/%zz HTTP/1.1", "GET /api/programs?limit=%ZZ HTTP/1.1",
                "GET /api/pro grams HTTP/1.1", "GET /api/programs HTTP/9.9", "GET /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
                "GET /api/programs HTTP/1.1\r\nX-Big: " + "a".repeat(20_000), "POST /api/programs HTTP/1.1\r\nContent-Length: x")) {
            try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write((head + "\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String status = answer.lines().findFirst().orElse("");
                boolean problem = answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json");
                if (!(status.contains(" 400 ") || status.contains(" 431 ") || status.contains(" 505 ")) || !problem) {
                    wrong.add(head.substring(0, Math.min(60, head.length())) + " → " + answer.substring(0,
                            Math.min(400, answer.length())));
                }
            }
        }
        assertTrue(wrong.size() + " bad answers:\n" + String.join("\n", wrong), wrong.isEmpty());
    }

    private static void check(List<String> wrong, String what, String path, Http.Reply r) {
        boolean page = r.contentType().startsWith("text/html") && !path.startsWith("/notifications/mail/");
        // a Java class named in full (java.lang.IllegalStateException), or a stack frame; a field named
        // "confidentialityExceptions" in the API's own description is no trace
        boolean trace = TRACE.matcher(r.body()).find() || r.body().contains("\tat ");
        if (r.status() >= 500 || page || trace) {
            String body = r.body().length() > 300 ? r.body().substring(0, 300) + "…" : r.body();
            wrong.add(what + " → " + r.status() + " " + r.contentType() + ": " + body);
        }
    }

    /** Every resource method of the Tandem application, from the JAX-RS runtime. */
    private List<ResourceMethodInfoDTO> methods() {
        return ApiMethods.dtos(context);
    }

    /** The method's path under /api, each template variable filled with an id that names nothing. */
    private static String path(ResourceMethodInfoDTO m) {
        String p = m.path.startsWith("/") ? m.path : "/" + m.path;
        return p.replaceAll("\\{[^}]+}", "bad-input-id");
    }
}
