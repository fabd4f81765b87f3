package org.tandem.lti.internal.web;

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
            return Pages.respond(401, "Session ended", "<h1>This choice can no longer be sent</h1><p>The session of the"
                    + " deep-linking request has ended or never existed. Start adding Tandem to the course again.</p>");
        }
        if (!s.roles().contains(ToolRole.PROGRAM_COORDINATOR) && !s.tenantAdmin()) {
            return Pages.respond(403, "Not allowed", "<h1>Only the course's teachers can add Tandem</h1>");
        }
        List<DeepLinkResponse.Item> items = new ArrayList<>();
        for (String key : form.getOrDefault("item", List.of())) {
            Activity a = Activity.of(key).orElse(null);
            if (a == null) {
                return Pages.respond(400, "Unknown choice", "<h1>Unknown choice</h1><p>Tandem offers no item called "
                        + Pages.esc(key) + ".</p>");
            }
            Map<String, String> custom = Map.of("tandem_activity", a.key);
            if (a == Activity.TRAINING) {
                String course = first(form, "course");
                if (course == null || !course.matches("[a-z0-9][a-z0-9-]{0,99}")) {
                    return Pages.respond(400, "Which course?", "<h1>Name the catalog course</h1><p>A training"
                            + " completion link records one course of Tandem's catalog: give its key, such as"
                            + " <code>entering-mentoring</code>.</p>");
                }
                custom = Map.of("tandem_activity", a.key, "tandem_completed_course", course);
            }
            items.add(new DeepLinkResponse.Item(a.title + (a == Activity.TRAINING ? ": " + first(form, "course") : ""),
                    a.text, settings.baseUrl() + "/lti/launch", custom));
        }
        if (items.isEmpty()) {
            return Pages.respond(400, "Nothing chosen", "<h1>Choose at least one item</h1><p>Go back and tick what"
                    + " the course should show.</p>");
        }
        Registration platform = platforms.find(s.platformId()).orElse(null);
        if (platform == null) {
            return Pages.respond(410, "Platform removed", "<h1>This platform is no longer registered with Tandem</h1>");
        }
        String jwt = DeepLinkResponse.sign(platform, s.deploymentId(), s.deepLinkData(), items, keys.signingKey(),
                Instant.now());
        return Pages.respond(200, "Adding to your course", DeepLinkPages.postBack(s.deepLinkReturnUrl(), jwt));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
