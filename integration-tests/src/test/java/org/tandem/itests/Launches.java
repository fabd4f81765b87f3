package org.tandem.itests;

import static org.junit.Assert.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Full LTI launches for tests that need a real session: the login, the signed launch, the app page. */
final class Launches {
    private static final Pattern PERSON = Pattern.compile("id=\"person\" data-id=\"([^\"]+)\"");
    private static final Pattern PROGRAM = Pattern.compile("id=\"program\" data-id=\"([^\"]+)\"");

    /** A session: its header value ({@code Bearer …}), its person and the program of its course. */
    record Session(String bearer, String personId, String programId) {
    }

    private Launches() {
    }

    static Session launch(String root, TestLms lms, String sample) throws Exception {
        return launch(root, lms, sample, claims -> { });
    }

    /** As {@link #launch(String, TestLms, String)}, with the recorded claims changed first. */
    static Session launch(String root, TestLms lms, String sample,
            java.util.function.Consumer<java.util.Map<String, Object>> change) throws Exception {
        Browser.Page app = page(root, lms, sample, change);
        assertEquals(app.body(), 200, app.status());
        return new Session("Bearer " + app.meta("tandem-session"), find(PERSON, app.body()), find(PROGRAM, app.body()));
    }

    /** The page a launch answers with, whatever its status. */
    static Browser.Page page(String root, TestLms lms, String sample) throws Exception {
        return page(root, lms, sample, claims -> { });
    }

    /** As {@link #page(String, TestLms, String)}, with the recorded claims changed first. */
    static Browser.Page page(String root, TestLms lms, String sample,
            java.util.function.Consumer<java.util.Map<String, Object>> change) throws Exception {
        Browser browser = new Browser();
        Browser.Page login = browser.post(root + "/lti/login", Browser.form("iss", lms.issuer(), "login_hint", "x",
                "target_link_uri", root + "/lti/launch", "client_id", TestLms.CLIENT_ID));
        java.util.Map<String, Object> claims = lms.claims(sample, login.redirectParam("nonce"), root);
        change.accept(claims);
        return browser.post(root + "/lti/launch", Browser.form("state", login.redirectParam("state"),
                "id_token", lms.sign(claims)));
    }

    private static String find(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() ? m.group(1) : null;
    }
}
