package org.tandem.lti.internal.web;

import static org.tandem.lti.internal.Texts.TEXT;

import org.tandem.lti.internal.launch.Launch;
import org.tandem.lti.internal.session.Enrolment.Entered;

/** The instructor's choice of what to place in the course, and the form that returns it to the platform. */
final class DeepLinkPages {
    private DeepLinkPages() {
    }

    static String choose(Entered e, Launch.DeepLinking settings) {
        String type = settings.acceptMultiple() ? "checkbox" : "radio";
        StringBuilder b = new StringBuilder("<h1>").append(Pages.esc(TEXT.format("dl.add-title"))).append("</h1>");
        if (!settings.acceptTypes().contains("ltiResourceLink")) {
            return b.append("<p>").append(Pages.esc(TEXT.format("dl.wrong-type"))).append("</p>").toString();
        }
        b.append("<form method=\"post\" action=\"deep-link\"><input type=\"hidden\" name=\"session\" value=\"")
                .append(Pages.esc(e.token())).append("\"><fieldset><legend>")
                .append(Pages.esc(TEXT.format("dl.legend", "course", e.program() == null ? "" : e.program().name())))
                .append("</legend>");
        for (Activity a : Activity.values()) {
            b.append("<label><input type=\"").append(type).append("\" name=\"item\" value=\"").append(a.key)
                    .append(a == Activity.PROGRAM ? "\" checked>" : "\">").append("<strong>").append(Pages.esc(a.title()))
                    .append("</strong> — ").append(Pages.esc(a.text())).append("</label>");
            if (a == Activity.TRAINING) {
                b.append("<label>").append(Pages.esc(TEXT.format("dl.course-key"))).append(" <input type=\"text\""
                        + " name=\"course\" pattern=\"[a-z0-9][a-z0-9-]{0,99}\"></label>");
            }
        }
        return b.append("</fieldset><p><button type=\"submit\">").append(Pages.esc(TEXT.format("dl.add")))
                .append("</button></p></form>").toString();
    }

    static String postBack(String returnUrl, String jwt) {
        return "<h1>" + Pages.esc(TEXT.format("dl.adding-dots")) + "</h1><form id=\"f\" method=\"post\" action=\""
                + Pages.esc(returnUrl) + "\">"
                + "<input type=\"hidden\" name=\"JWT\" value=\"" + Pages.esc(jwt) + "\">"
                + "<noscript><button type=\"submit\">" + Pages.esc(TEXT.format("page.continue")) + "</button></noscript></form>"
                + "<script>document.getElementById('f').submit();</script>";
    }
}
