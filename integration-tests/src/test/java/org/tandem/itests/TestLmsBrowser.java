package org.tandem.itests;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's side of a launch in a real browser: the OIDC authorization endpoint ({@code /auth},
 * which answers with the signed launch as an auto-submitted form, as Moodle does) and a course page
 * ({@code /course?user=…}) that frames the tool and offers LTI Platform Storage
 * ({@code lti.put_data}/{@code lti.get_data} by postMessage). The platform's pages are addressed as
 * {@code localhost} and the tool as {@code 127.0.0.1}: two sites, so the tool's cookie is a third-party
 * cookie in the frame.
 */
final class TestLmsBrowser {
    /** A person the platform launches. */
    record User(String sample, String sub, String given, String family, String customRole, String locale,
            List<String> roles) {
        /** One with the sample's course roles. */
        User(String sample, String sub, String given, String family, String customRole, String locale) {
            this(sample, sub, given, family, customRole, locale, null);
        }

        String name() {
            return given + " " + family;
        }
    }

    private final TestLms lms;
    private final String toolRoot;
    private final Map<String, User> users = new LinkedHashMap<>();

    TestLmsBrowser(TestLms lms, String toolRoot) {
        this.lms = lms;
        this.toolRoot = toolRoot;
        lms.serve("/auth", this::authorize);
        lms.serve("/course", this::course);
    }

    void add(String key, User user) {
        users.put(key, user);
    }

    /** Where the platform's browser pages live: the platform's port, on the other site. */
    String site() {
        return lms.base().replace("127.0.0.1", "localhost");
    }

    /** The registration, with the browser-facing addresses on the platform's own site. */
    String registration() {
        return "{\"name\":\"Moodle 4.5 (browser)\",\"issuer\":\"" + lms.issuer() + "\",\"clientId\":\""
                + TestLms.CLIENT_ID + "\",\"deploymentIds\":[\"" + TestLms.DEPLOYMENT + "\"],\"authLoginUrl\":\""
                + site() + "/auth\",\"tokenUrl\":\"" + lms.base() + "/token\",\"jwksUrl\":\"" + lms.base() + "/jwks\"}";
    }

    /** The address a platform sends a browser to for a launch (a third-party initiated login). */
    String loginUrl(String user, boolean platformStorage) {
        return toolRoot + "/lti/login?iss=" + enc(lms.issuer()) + "&login_hint=" + enc(user) + "&target_link_uri="
                + enc(toolRoot + "/lti/launch") + "&client_id=" + enc(TestLms.CLIENT_ID) + "&lti_deployment_id="
                + TestLms.DEPLOYMENT + (platformStorage ? "&lti_storage_target=_parent" : "");
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        User user = users.get(q.get("login_hint"));
        if (user == null || !TestLms.CLIENT_ID.equals(q.get("client_id"))) {
            reply(ex, 400, "<p>Unknown user or client</p>");
            return;
        }
        try {
            Map<String, Object> claims = lms.claims(user.sample(), q.get("nonce"), toolRoot);
            claims.put("sub", user.sub());
            claims.put("given_name", user.given());
            claims.put("family_name", user.family());
            claims.put("name", user.name());
            claims.put("email", user.sub() + "@example.edu");
            if (user.roles() != null) {
                claims.put("https://purl.imsglobal.org/spec/lti/claim/roles", user.roles());
            }
            Map<String, Object> presentation = new LinkedHashMap<>(castMap(claims.get(
                    "https://purl.imsglobal.org/spec/lti/claim/launch_presentation")));
            presentation.put("locale", user.locale());
            claims.put("https://purl.imsglobal.org/spec/lti/claim/launch_presentation", presentation);
            Map<String, Object> custom = new LinkedHashMap<>(castMap(claims.get(
                    "https://purl.imsglobal.org/spec/lti/claim/custom")));
            if (user.customRole() != null) {
                custom.put("mentoring_role", user.customRole());
            }
            claims.put("https://purl.imsglobal.org/spec/lti/claim/custom", custom);
            reply(ex, 200, "<form method=\"post\" action=\"" + q.get("redirect_uri") + "\">"
                    + "<input type=\"hidden\" name=\"id_token\" value=\"" + lms.sign(claims) + "\">"
                    + "<input type=\"hidden\" name=\"state\" value=\"" + q.get("state") + "\"></form>"
                    + "<script>document.forms[0].submit()</script>");
        } catch (Exception e) {
            reply(ex, 500, "<p>" + e + "</p>");
        }
    }

    private void course(HttpExchange ex) throws IOException {
        String user = query(ex.getRequestURI().getRawQuery()).get("user");
        reply(ex, 200, "<!DOCTYPE html><html lang=\"en\"><head><title>Mentoring 101</title></head><body>"
                + "<h1>Mentoring 101</h1><iframe name=\"tool\" title=\"Tandem\" width=\"1000\" height=\"1600\""
                + " src=\"" + loginUrl(user, true).replace("&", "&amp;") + "\"></iframe><script>"
                + "var store={};window.ltiLog=[];"
                + "window.addEventListener('message',function(e){var m=e.data;if(!m||!m.subject){return;}"
                + "window.ltiLog.push(m.subject);var r={message_id:m.message_id,key:m.key};"
                + "if(m.subject==='lti.put_data'){store[m.key]=m.value;r.subject='lti.put_data.response';r.value=m.value;}"
                + "else if(m.subject==='lti.get_data'){r.subject='lti.get_data.response';r.value=store[m.key];}"
                + "else{return;}e.source.postMessage(r,e.origin);});</script></body></html>");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : (raw == null ? "" : raw).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange ex, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().put("Content-Type", List.of("text/html; charset=utf-8"));
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }
}
