package org.tandem.lti.internal.services;

import static org.tandem.lti.internal.Texts.TEXT;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tandem.lti.internal.launch.LtiClaims;
import org.tandem.lti.internal.launch.Registration;

/**
 * Assignment and Grade Services 2.0: finds or creates a course's line item for a milestone (by its
 * tag), and posts a learner's score to it.
 */
public final class Ags {
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final Set<String> SCOPES = Set.of(LtiClaims.SCOPE_LINE_ITEM, LtiClaims.SCOPE_SCORE);
    private final AccessTokens tokens;

    public Ags(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** The URL of the course's line item with this tag, created (with this label and maximum) if there is none. */
    public String lineItem(Registration platform, String lineItemsUrl, String tag, String label, double maximum) {
        ServiceHttp.Answer found = call(platform, ServiceHttp.to(withQuery(lineItemsUrl, "tag=" + enc(tag)))
                .header("Accept", CONTAINER).GET(), "Line items");
        try {
            for (Object o : JSONArrayUtils.parse(found.body())) {
                if (o instanceof Map<?, ?> item && tag.equals(item.get("tag")) && item.get("id") instanceof String id) {
                    return id; // platforms that ignore the tag filter list them all: the check above picks ours
                }
            }
        } catch (ParseException e) {
            throw new ServiceException(TEXT.format("service.lineitems-not-array", "url", lineItemsUrl, "reason",
                    String.valueOf(e.getMessage())));
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("scoreMaximum", maximum);
        item.put("label", label);
        item.put("tag", tag);
        ServiceHttp.Answer created = call(platform, ServiceHttp.to(lineItemsUrl).header("Content-Type", LINE_ITEM)
                .header("Accept", LINE_ITEM).POST(HttpRequest.BodyPublishers.ofString(
                        JSONObjectUtils.toJSONString(item))), "New line item");
        try {
            String id = JSONObjectUtils.getString(JSONObjectUtils.parse(created.body()), "id");
            if (id == null) {
                throw new ServiceException(TEXT.format("service.lineitem-no-id", "url", lineItemsUrl));
            }
            return id;
        } catch (ParseException e) {
            throw new ServiceException(TEXT.format("service.lineitem-not-json", "url", lineItemsUrl, "reason",
                    String.valueOf(e.getMessage())));
        }
    }

    /** Posts a completed, fully graded score; a later score for the same person replaces it in the gradebook. */
    public void score(Registration platform, String lineItemUrl, String userId, double given, double maximum,
            String comment) {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("userId", userId);
        score.put("scoreGiven", given);
        score.put("scoreMaximum", maximum);
        score.put("comment", comment);
        score.put("timestamp", Instant.now().toString());
        score.put("activityProgress", "Completed");
        score.put("gradingProgress", "FullyGraded");
        call(platform, ServiceHttp.to(scoresUrl(lineItemUrl)).header("Content-Type", SCORE)
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(score))), "Score");
    }

    /** The score service sits at the line item's path + {@code /scores}, before any query (Moodle adds one). */
    static String scoresUrl(String lineItemUrl) {
        int q = lineItemUrl.indexOf('?');
        return q < 0 ? lineItemUrl + "/scores" : lineItemUrl.substring(0, q) + "/scores" + lineItemUrl.substring(q);
    }

    static String withQuery(String url, String param) {
        return url + (url.contains("?") ? "&" : "?") + param;
    }

    private ServiceHttp.Answer call(Registration platform, HttpRequest.Builder request, String what) {
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder r = request.copy().header("Authorization", "Bearer " + tokens.token(platform, SCOPES));
            ServiceHttp.Answer a = ServiceHttp.send(r, what);
            if (a.status() == 401 && attempt == 0) {
                tokens.refused(platform, SCOPES);
                continue;
            }
            if (!a.ok()) {
                throw new ServiceException(what + ": the platform " + platform.name() + " answered HTTP " + a.status()
                        + ": " + ServiceHttp.excerpt(a.body()));
            }
            return a;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
