package org.tandem.lti.internal.web;

import static org.tandem.lti.internal.Texts.TEXT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.lti.internal.LtiSettings;
import org.tandem.lti.internal.launch.Registration;
import org.tandem.lti.internal.launch.ToolRole;
import org.tandem.lti.internal.services.DeepLinkResponse;
import org.tandem.lti.internal.store.PlatformStore;
import org.tandem.lti.internal.store.SessionStore;
import org.tandem.lti.internal.store.SessionStore.Session;
import org.tandem.lti.internal.store.ToolKeys;

/**
 * {@code POST /lti/deep-link}: the instructor's choice (form fields {@code session} and {@code item}) →
 * a page that posts the signed LtiDeepLinkingResponse to the platform's return URL. Only a session
 * opened by a deep-linking request, of a coordinator or administrator, may answer.
 */
final class DeepLinkHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeepLinkHandler.class);
    private final SessionStore sessions;
    private final PlatformStore platforms;
    private final ToolKeys keys;
    private final LtiSettings settings;

    DeepLinkHandler(SessionStore sessions, PlatformStore platforms, ToolKeys keys, LtiSettings settings) {
        this.sessions = sessions;
        this.platforms = platforms;
        this.keys = keys;
        this.settings = settings;
    }

    Reply respond(Map<String, List<String>> form) {
        Session s = sessions.find(first(form, "session")).orElse(null);
        if (s == null || s.deepLinkReturnUrl() == null) {
            LOG.warn("Deep-linking response refused: no live deep-linking session");
            return Pages.respond(401, TEXT.format("dl.session-ended"), "<h1>" + Pages.esc(TEXT.format("dl.cannot-send"))
                    + "</h1><p>" + Pages.esc(TEXT.format("dl.cannot-send.text")) + "</p>");
        }
        if (!s.roles().contains(ToolRole.PROGRAM_COORDINATOR) && !s.tenantAdmin()) {
            return Pages.respond(403, TEXT.format("dl.not-allowed"), "<h1>" + Pages.esc(TEXT.format("dl.teachers-only"))
                    + "</h1>");
        }
        List<DeepLinkResponse.Item> items = new ArrayList<>();
        for (String key : form.getOrDefault("item", List.of())) {
            Activity a = Activity.of(key).orElse(null);
            if (a == null) {
                return Pages.respond(400, TEXT.format("dl.unknown"), "<h1>" + Pages.esc(TEXT.format("dl.unknown"))
                        + "</h1><p>" + Pages.esc(TEXT.format("dl.unknown.text", "key", key)) + "</p>");
            }
            Map<String, String> custom = Map.of("tandem_activity", a.key);
            if (a == Activity.TRAINING) {
                String course = first(form, "course");
                if (course == null || !course.matches("[a-z0-9][a-z0-9-]{0,99}")) {
                    return Pages.respond(400, TEXT.format("dl.which-course"), "<h1>" + Pages.esc(TEXT.format(
                            "dl.name-course")) + "</h1><p>" + Pages.esc(TEXT.format("dl.name-course.text")) + "</p>");
                }
                custom = Map.of("tandem_activity", a.key, "tandem_completed_course", course);
            }
            items.add(new DeepLinkResponse.Item(a.title() + (a == Activity.TRAINING ? ": " + first(form, "course") : ""),
                    a.text(), settings.baseUrl() + "/lti/launch", custom));
        }
        if (items.isEmpty()) {
            return Pages.respond(400, TEXT.format("dl.nothing"), "<h1>" + Pages.esc(TEXT.format("dl.choose-one"))
                    + "</h1><p>" + Pages.esc(TEXT.format("dl.choose-one.text")) + "</p>");
        }
        Registration platform = platforms.find(s.platformId()).orElse(null);
        if (platform == null) {
            return Pages.respond(410, TEXT.format("dl.platform-removed"), "<h1>" + Pages.esc(TEXT.format(
                    "dl.platform-removed.text")) + "</h1>");
        }
        String jwt = DeepLinkResponse.sign(platform, s.deploymentId(), s.deepLinkData(), items, keys.signingKey(),
                Instant.now());
        return Pages.respond(200, TEXT.format("dl.adding"), DeepLinkPages.postBack(s.deepLinkReturnUrl(), jwt));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
