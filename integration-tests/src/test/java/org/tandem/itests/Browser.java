package org.tandem.itests;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does in the LTI flow, over real HTTP: form posts, redirects read (not followed, the
 * platform is the test), and cookies kept the way a browser keeps them — or dropped, as a browser that
 * blocks third-party cookies in the LMS frame does.
 */
public final class Browser {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new HashMap<>();
    private boolean blocksCookies;

    public record Page(int status, String location, List<String> setCookies, String body) {
        /** The value of a query parameter of the redirect. */
        public String redirectParam(String name) {
            Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(location);
            return m.find() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : null;
        }

        public String meta(String name) {
            Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }

        public String hidden(String name) {
            Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(body);
            return m.find() ? m.group(1).replace("&amp;", "&") : null;
        }
    }

    /** From now on, store no cookies (Safari, or Chrome's tracking protection, inside an iframe). */
    public Browser blockingThirdPartyCookies() {
        blocksCookies = true;
        cookies.clear();
        return this;
    }

    public Page get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public Page post(String url, Map<String, String> form) {
        return postRaw(url, encode(form));
    }

    public Page postRaw(String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    public static Map<String, String> form(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private Page send(HttpRequest.Builder b) {
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<String> set = r.headers().allValues("Set-Cookie");
            if (!blocksCookies) {
                for (String c : set) {
                    String pair = c.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (c.contains("Max-Age=0")) {
                        cookies.remove(pair.substring(0, eq));
                    } else {
                        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
            }
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(null), set, r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
