package org.tandem.lti.internal.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * {@code GET /lti/config/canvas.json}: the LTI 1.3 developer key configuration Canvas reads from a URL
 * ("Enter URL" when adding an LTI key): login and launch URLs, our JWKS, the LTI Advantage scopes, and
 * placements in course navigation (launch) and link/assignment selection (Deep Linking).
 */
final class CanvasConfig {
    static final List<String> SCOPES = List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
    private CanvasConfig() {
    }

    /** @param deepLinking whether the feature lti-advantage runs, which offers the deep-linking placements */
    static String json(String base, String toolName, boolean deepLinking) {
        String launch = base + "/lti/launch";
        List<Map<String, Object>> where = new java.util.ArrayList<>(List.of(
                placement("course_navigation", "LtiResourceLinkRequest", toolName, launch)));
        if (deepLinking) {
            where.add(placement("link_selection", "LtiDeepLinkingRequest", "Add a Tandem activity", launch));
            where.add(placement("assignment_selection", "LtiDeepLinkingRequest", "Tandem milestone", launch));
        }
        Map<String, Object> placements = Map.of("text", toolName, "placements", where);
        Map<String, Object> extension = Map.of("platform", "canvas.instructure.com", "domain",
                URI.create(base).getHost(), "tool_id", "tandem", "privacy_level", "public", "settings", placements);
        return JSONObjectUtils.toJSONString(Map.of("title", toolName,
                "description", "Mentoring programs inside the course: matching, agreements, development plans,"
                        + " meetings and feedback.",
                "oidc_initiation_url", base + "/lti/login", "target_link_uri", launch,
                "public_jwk_url", base + "/lti/jwks", "scopes", SCOPES, "extensions", List.of(extension),
                "custom_fields", Map.of("canvas_course_id", "$Canvas.course.id")));
    }

    private static Map<String, Object> placement(String where, String messageType, String text, String target) {
        return Map.of("placement", where, "message_type", messageType, "text", text, "target_link_uri", target);
    }
}
