package org.tandem.lti.internal.web;

import java.util.stream.Collectors;
import org.tandem.lti.internal.launch.ToolRole;
import org.tandem.lti.internal.session.Enrolment.Entered;

/**
 * The page a successful launch opens. It hands the session token to the app in the page itself (a
 * meta element and {@code sessionStorage} of this frame), never in a cookie or a URL: the app sends it
 * as {@code Authorization: Bearer …}. The web app (issue 7) builds on this page.
 */
final class AppPages {
    private AppPages() {
    }

    static String landing(Entered e, String base) {
        String roles = e.session().roles().isEmpty() ? "no role in this course (ask the course's teacher)"
                : e.session().roles().stream().map(AppPages::label).sorted().collect(Collectors.joining(", "));
        String where = e.program() == null ? "<p>You opened Tandem outside a course.</p>"
                : "<p>Program: <strong id=\"program\" data-id=\"" + Pages.esc(e.program().id()) + "\">"
                        + Pages.esc(e.program().name()) + "</strong></p>";
        return "<meta name=\"tandem-session\" content=\"" + Pages.esc(e.token()) + "\">"
                + "<meta name=\"tandem-api\" content=\"" + Pages.esc(base) + "/api\">"
                + "<h1>Welcome, <span id=\"person\" data-id=\"" + Pages.esc(e.person().id()) + "\">"
                + Pages.esc(e.person().displayName()) + "</span></h1>" + where
                + "<p>You take part as: <span id=\"roles\">" + Pages.esc(roles) + "</span>.</p>"
                + "<script>try{sessionStorage.setItem('tandem.session'," + Pages.js(e.token()) + ");}catch(x){}</script>";
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
