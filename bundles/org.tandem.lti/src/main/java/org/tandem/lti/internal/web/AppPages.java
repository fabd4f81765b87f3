package org.tandem.lti.internal.web;

import java.util.stream.Collectors;
import org.tandem.lti.internal.launch.ToolRole;
import org.tandem.lti.internal.session.Enrolment.Entered;

/**
 * The page a successful launch opens: the web app's host document. It hands the session token to the
 * app in the page itself (a meta element), never in a cookie, a URL or storage a browser may block in
 * the LMS frame: the app sends it as {@code Authorization: Bearer …}. The app (bundle
 * {@code org.tandem.web}, under {@code /app/}) replaces the welcome text once its script runs.
 */
final class AppPages {
    /** Only this origin's scripts, styles and API; pictures from the LMS; any LMS may frame the tool. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self' https: data:; object-src 'none'; base-uri 'none'; form-action 'self'";

    private AppPages() {
    }

    static Reply respond(Entered e, String base) {
        return Reply.of(200, Pages.HTML, document(e, base)).with("Cache-Control", "no-store")
                .with("Referrer-Policy", "no-referrer").with("X-Content-Type-Options", "nosniff")
                .with("Content-Security-Policy", POLICY);
    }

    static String document(Entered e, String base) {
        String locale = e.person().locale() == null ? "" : e.person().locale();
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Tandem</title>"
                + meta("tandem-session", e.token()) + meta("tandem-api", base + "/api")
                + meta("tandem-app", base + "/app") + meta("tandem-locale", locale)
                + "<link rel=\"stylesheet\" href=\"" + Pages.esc(base) + "/app/app.css\">"
                + "<script type=\"module\" src=\"" + Pages.esc(base) + "/app/app.js\"></script></head>"
                + "<body><div id=\"app\"><main id=\"main\" class=\"boot\">" + landing(e) + "</main></div></body></html>";
    }

    private static String meta(String name, String value) {
        return "<meta name=\"" + name + "\" content=\"" + Pages.esc(value) + "\">";
    }

    static String landing(Entered e) {
        String roles = e.session().roles().isEmpty() ? "no role in this course (ask the course's teacher)"
                : e.session().roles().stream().map(AppPages::label).sorted().collect(Collectors.joining(", "));
        String where = e.program() == null ? "<p>You opened Tandem outside a course.</p>"
                : "<p>Program: <strong id=\"program\" data-id=\"" + Pages.esc(e.program().id()) + "\">"
                        + Pages.esc(e.program().name()) + "</strong></p>";
        return "<h1>Welcome, <span id=\"person\" data-id=\"" + Pages.esc(e.person().id()) + "\">"
                + Pages.esc(e.person().displayName()) + "</span></h1>" + where
                + "<p>You take part as: <span id=\"roles\">" + Pages.esc(roles) + "</span>.</p>"
                + "<p class=\"muted\">Loading…</p><noscript>Tandem needs JavaScript: allow it for this site.</noscript>";
    }

    static String label(ToolRole role) {
        return switch (role) {
            case TENANT_ADMIN -> "administrator for your institution";
            case PROGRAM_COORDINATOR -> "program coordinator";
            case MENTOR_CANDIDATE -> "mentor";
            case MENTEE -> "mentee";
            case TEST_USER -> "test account (kept out of matching and reports)";
        };
    }
}
