package org.tandem.demo.internal.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.demo.internal.platform.Cast;

/**
 * A sample person's launch as their browser makes it: the course link, Tandem's login initiation, the
 * sample platform's authorization endpoint, and the signed launch posted to Tandem. The launch page
 * hands the app its session, which the seeding then uses as that person.
 */
final class Launcher {
    private static final Pattern SESSION = Pattern.compile("<meta name=\"tandem-session\" content=\"([^\"]+)\"");
    private final SelfHttp http;

    Launcher(SelfHttp http) {
        this.http = http;
    }

    /** The person's session token after a real launch. */
    String launch(Cast.Person person) throws IOException {
        String login = redirect(http.get(http.base() + "/demo/launch/" + person.key(), null), "the sample course link");
        HttpResponse<String> toPlatform = http.get(absolute(login), null);
        String auth = redirect(toPlatform, "Tandem's login initiation");
        String cookie = toPlatform.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b).orElse(null);
        HttpResponse<String> form = http.get(absolute(auth), null);
        expect(form, 200, "the sample platform's authorization");
        HttpResponse<String> launched = http.postForm(http.base() + "/lti/launch", Map.of("id_token",
                hidden(form.body(), "id_token"), "state", hidden(form.body(), "state")), cookie);
        expect(launched, 200, "the launch of " + person.name());
        Matcher m = SESSION.matcher(launched.body());
        if (!m.find()) {
            throw new IOException("The launch page of " + person.name() + " has no session");
        }
        return m.group(1);
    }

    private String absolute(String location) {
        return URI.create(http.base() + "/").resolve(location).toString();
    }

    private static String redirect(HttpResponse<String> r, String what) throws IOException {
        if (r.statusCode() != 302 && r.statusCode() != 303) {
            throw new IOException(what + " answered " + r.statusCode() + " instead of a redirect: " + r.body());
        }
        return r.headers().firstValue("Location").orElseThrow(() -> new IOException(what + " gave no Location"));
    }

    static void expect(HttpResponse<String> r, int status, String what) throws IOException {
        if (r.statusCode() != status) {
            String body = r.body().length() > 500 ? r.body().substring(0, 500) + "…" : r.body();
            throw new IOException(what + " answered " + r.statusCode() + ": " + body);
        }
    }

    private static String hidden(String html, String name) throws IOException {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new IOException("The sample platform's form has no " + name);
        }
        return m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
