package org.tandem.lti.internal.web;

import static org.tandem.lti.internal.Texts.TEXT;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tandem.lti.internal.launch.ToolRole;
import org.tandem.lti.internal.session.Enrolment.Entered;
import org.tandem.rest.api.Languages;

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
        return respond(e, base, "");
    }

    /** @param activity the key of the {@link Activity} the course placed (custom {@code tandem_activity}), or "" */
    static Reply respond(Entered e, String base, String activity) {
        return Reply.of(200, Pages.HTML, document(e, base, activity)).with("Cache-Control", "no-store")
                .with("Referrer-Policy", "no-referrer").with("X-Content-Type-Options", "nosniff")
                .with("Content-Security-Policy", POLICY);
    }

    /** The app's page, its first words in the language of the launch (the app then takes over). */
    static String document(Entered e, String base, String activity) {
        String locale = e.person().locale() == null ? "" : e.person().locale();
        try (Languages.Scope launch = Languages.reading(List.of(Locale.forLanguageTag(locale)))) {
            return document(e, base, locale, activity);
        }
    }

    private static String document(Entered e, String base, String locale, String activity) {
        return "<!DOCTYPE html>\n<html lang=\"" + Languages.current().getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Tandem</title>"
                + meta("tandem-session", e.token()) + meta("tandem-api", base + "/api")
                + meta("tandem-app", base + "/app") + meta("tandem-locale", locale) + meta("tandem-activity", activity)
                + "<link rel=\"stylesheet\" href=\"" + Pages.esc(base) + "/app/app.css\">"
                + "<script type=\"module\" src=\"" + Pages.esc(base) + "/app/app.js\"></script></head>"
                + "<body><div id=\"app\"><main id=\"main\" class=\"boot\">" + landing(e) + "</main></div></body></html>";
    }

    private static String meta(String name, String value) {
        return "<meta name=\"" + name + "\" content=\"" + Pages.esc(value) + "\">";
    }

    static String landing(Entered e) {
        String roles = e.session().roles().isEmpty() ? TEXT.format("landing.no-role")
                : e.session().roles().stream().map(AppPages::label).sorted().collect(Collectors.joining(", "));
        String where = e.program() == null ? "<p>" + Pages.esc(TEXT.format("landing.outside")) + "</p>"
                : "<p>" + Pages.esc(TEXT.format("landing.program")) + " <strong id=\"program\" data-id=\""
                        + Pages.esc(e.program().id()) + "\">" + Pages.esc(e.program().name()) + "</strong></p>";
        return "<h1>" + Pages.esc(TEXT.format("landing.welcome")) + " <span id=\"person\" data-id=\""
                + Pages.esc(e.person().id()) + "\">" + Pages.esc(e.person().displayName()) + "</span></h1>" + where
                + "<p>" + Pages.esc(TEXT.format("landing.roles")) + " <span id=\"roles\">" + Pages.esc(roles)
                + "</span>.</p><p class=\"muted\">" + Pages.esc(TEXT.format("landing.loading")) + "</p><noscript>"
                + Pages.esc(TEXT.format("landing.noscript")) + "</noscript>";
    }

    static String label(ToolRole role) {
        return switch (role) {
            case TENANT_ADMIN -> TEXT.format("role.tenant-admin");
            case PROGRAM_COORDINATOR -> TEXT.format("role.coordinator");
            case MENTOR_CANDIDATE -> TEXT.format("role.mentor");
            case MENTEE -> TEXT.format("role.mentee");
            case TEST_USER -> TEXT.format("role.test-user");
        };
    }
}
