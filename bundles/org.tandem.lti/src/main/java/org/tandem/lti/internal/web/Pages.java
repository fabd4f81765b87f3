package org.tandem.lti.internal.web;

import org.tandem.rest.api.Languages;

/**
 * The few pages the launch flow itself shows (errors, the platform-storage step, the deep-linking
 * choice, the post-back form). Every value is escaped; the pages carry no third-party resources and
 * are never cached. The app proper (issue 7) is served elsewhere.
 */
final class Pages {
    static final String HTML = "text/html; charset=utf-8";

    private Pages() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A JavaScript string literal of {@code s}, safe inside a script element. */
    static String js(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\'' || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + Languages.current().getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · Tandem</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;"
                + "color:#1d2433;line-height:1.5}h1{font-size:1.4rem}code{background:#f1f3f7;padding:0 .25rem}"
                + ".button,button{display:inline-block;background:#1f5fbf;color:#fff;border:0;border-radius:.4rem;"
                + "padding:.6rem 1rem;font-size:1rem;text-decoration:none;cursor:pointer}"
                + ".muted{color:#566074;font-size:.9rem}label{display:block;margin:.4rem 0}"
                + "</style></head><body><main>" + body + "</main></body></html>";
    }

    static Reply respond(int status, String title, String body) {
        return Reply.of(status, HTML, page(title, body)).with("Cache-Control", "no-store")
                .with("Referrer-Policy", "no-referrer").with("X-Content-Type-Options", "nosniff");
    }
}
