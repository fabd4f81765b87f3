package org.tandem.lti.internal.services;

import static org.tandem.lti.internal.Texts.TEXT;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.lti.internal.launch.Launch;
import org.tandem.lti.internal.launch.LtiClaims;
import org.tandem.lti.internal.launch.Registration;
import org.tandem.lti.internal.launch.Roles;

/**
 * Names and Role Provisioning Services 2.0: reads a course's whole membership, page by page along the
 * {@code Link: rel="next"} headers.
 */
public final class Nrps {
    static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final Set<String> SCOPES = Set.of(LtiClaims.SCOPE_NRPS);
    /** A roster of 100,000 members at the platforms' usual page sizes stays far below this. */
    static final int PAGE_LIMIT = 1000;
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;[^,]*rel=\"?next\"?");
    private final AccessTokens tokens;

    /** A member as the platform lists them; {@code active} is false for status Inactive (or Deleted). */
    public record Member(String userId, List<String> roles, boolean active, Launch.Person person) {
    }

    public Nrps(AccessTokens tokens) {
        this.tokens = tokens;
    }

    public List<Member> members(Registration platform, String membershipsUrl) {
        List<Member> all = new ArrayList<>();
        String url = membershipsUrl;
        for (int page = 0; url != null; page++) {
            if (page == PAGE_LIMIT) {
                throw new ServiceException(TEXT.format("service.roster-pages", "url", membershipsUrl, "n", PAGE_LIMIT));
            }
            ServiceHttp.Answer a = get(platform, url);
            all.addAll(parse(a.body(), url));
            url = a.link().flatMap(Nrps::next).orElse(null);
        }
        return all;
    }

    private ServiceHttp.Answer get(Registration platform, String url) {
        for (int attempt = 0; ; attempt++) {
            ServiceHttp.Answer a = ServiceHttp.send(ServiceHttp.to(url).header("Accept", MEDIA_TYPE)
                    .header("Authorization", "Bearer " + tokens.token(platform, SCOPES)).GET(), "Roster");
            if (a.status() == 401 && attempt == 0) {
                tokens.refused(platform, SCOPES); // revoked before its time: one fresh token, then give up
                continue;
            }
            if (!a.ok()) {
                throw new ServiceException(TEXT.format("service.roster-refused", "platform", platform.name(), "url", url,
                        "status", String.valueOf(a.status()), "answer", ServiceHttp.excerpt(a.body())));
            }
            return a;
        }
    }

    static Optional<String> next(String linkHeader) {
        Matcher m = NEXT.matcher(linkHeader);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static List<Member> parse(String body, String url) {
        try {
            Map<String, Object> json = JSONObjectUtils.parse(body);
            List<Object> members = JSONObjectUtils.getJSONArray(json, "members");
            if (members == null) {
                throw new ServiceException(TEXT.format("service.roster-no-members", "url", url));
            }
            List<Member> out = new ArrayList<>();
            for (Object o : members) {
                if (o instanceof Map<?, ?> m && m.get("user_id") instanceof String id && !id.isBlank()) {
                    List<?> roles = m.get("roles") instanceof List<?> r ? r : List.of();
                    Object status = m.get("status");
                    boolean active = status == null || "Active".equals(status);
                    out.add(new Member(id, Roles.normalise(roles), active, new Launch.Person(str(m, "name"),
                            str(m, "given_name"), str(m, "family_name"), str(m, "email"), null, str(m, "picture"))));
                }
            }
            return out;
        } catch (ParseException e) {
            throw new ServiceException(TEXT.format("service.roster-not-json", "url", url, "reason", String.valueOf(e.getMessage())));
        }
    }

    private static String str(Map<?, ?> m, String key) {
        return m.get(key) instanceof String s ? s : null;
    }
}
