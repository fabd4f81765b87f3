package org.tandem.itests;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test platform's LTI Advantage services, as strict as a real one: an OAuth 2 token endpoint that
 * verifies the tool's signed client assertion against the tool's published JWKS, a names-and-roles
 * service paged two members at a time, and line items with a score service. Every service call must
 * carry a token this platform issued, with the scope the service needs; otherwise it answers 401.
 */
public final class TestLmsServices {
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private final TestLms lms;
    private final String toolJwks;
    private final Map<String, Set<String>> issued = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> roster = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> lineItems = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> scores = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile boolean down;

    public TestLmsServices(TestLms lms, String toolRoot) {
        this.lms = lms;
        this.toolJwks = toolRoot + "/lti/jwks";
        lms.serve("/token", this::token);
        lms.serve("/memberships", this::memberships);
        lms.serve("/lineitems", this::lineItems);
    }

    public String membershipsUrl() {
        return lms.base() + "/memberships";
    }

    /** Moodle's shape: a query on the container, and line items below it. */
    public String lineItemsUrl() {
        return lms.base() + "/lineitems?type_id=1";
    }

    public void member(String userId, String name, String status, String... roles) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user_id", userId);
        m.put("name", name);
        m.put("status", status);
        m.put("roles", List.of(roles));
        roster.add(m);
    }

    public void clearRoster() {
        roster.clear();
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public List<Map<String, Object>> scores() {
        return scores;
    }

    public List<Map<String, Object>> lineItems() {
        return lineItems;
    }

    /** While down, every service answers 503 (the token endpoint too). */
    public void down(boolean isDown) {
        down = isDown;
    }

    /** Revokes every token issued so far, as a platform restart would. */
    public void revokeTokens() {
        issued.clear();
    }

    private void token(HttpExchange ex) throws IOException {
        tokenRequests.incrementAndGet();
        if (down) {
            TestLms.reply(ex, 503, "{\"error\":\"temporarily_unavailable\"}");
            return;
        }
        Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
            JWKSet tool = JWKSet.load(URI.create(toolJwks).toURL());
            RSAKey key = (RSAKey) tool.getKeyByKeyId(assertion.getHeader().getKeyID());
            JWTClaimsSet c = assertion.getJWTClaimsSet();
            boolean valid = "client_credentials".equals(form.get("grant_type"))
                    && "urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))
                    && key != null && assertion.verify(new RSASSAVerifier(key))
                    && TestLms.CLIENT_ID.equals(c.getIssuer()) && TestLms.CLIENT_ID.equals(c.getSubject())
                    && c.getAudience().contains(lms.base() + "/token") && c.getExpirationTime().after(new Date())
                    && c.getJWTID() != null;
            if (!valid) {
                TestLms.reply(ex, 400, "{\"error\":\"invalid_client\"}");
                return;
            }
        } catch (Exception e) {
            TestLms.reply(ex, 400, "{\"error\":\"invalid_request\",\"error_description\":\"" + e.getMessage() + "\"}");
            return;
        }
        String token = "at-" + tokenRequests.get() + "-" + System.nanoTime();
        issued.put(token, Set.of(form.getOrDefault("scope", "").split(" ")));
        TestLms.reply(ex, 200, JSONObjectUtils.toJSONString(Map.of("access_token", token, "token_type", "Bearer",
                "expires_in", 3600, "scope", form.getOrDefault("scope", ""))));
    }

    private boolean authorised(HttpExchange ex, String scope) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        Set<String> scopes = auth == null || !auth.startsWith("Bearer ") ? null : issued.get(auth.substring(7));
        if (down) {
            TestLms.reply(ex, 503, "{\"error\":\"down for maintenance\"}");
            return false;
        }
        if (scopes == null || !scopes.contains(scope)) {
            TestLms.reply(ex, 401, "{\"error\":\"invalid_token\"}");
            return false;
        }
        return true;
    }

    private void memberships(HttpExchange ex) throws IOException {
        if (!authorised(ex, NRPS)) {
            return;
        }
        String query = ex.getRequestURI().getQuery();
        int page = query != null && query.startsWith("page=") ? Integer.parseInt(query.substring(5)) : 0;
        List<Map<String, Object>> members = roster.subList(Math.min(2 * page, roster.size()),
                Math.min(2 * page + 2, roster.size()));
        if (2 * page + 2 < roster.size()) {
            ex.getResponseHeaders().add("Link", "<" + membershipsUrl() + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        TestLms.reply(ex, 200, JSONObjectUtils.toJSONString(Map.of("id", membershipsUrl(), "context",
                Map.of("id", "2"), "members", new ArrayList<>(members))));
    }

    private void lineItems(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.endsWith("/scores")) {
            if (authorised(ex, SCORE)) {
                Map<String, Object> score = body(ex);
                score.put("lineItem", path.substring(0, path.length() - "/scores".length()));
                score.put("query", ex.getRequestURI().getQuery());
                scores.add(score);
                TestLms.reply(ex, 200, "{}");
            }
            return;
        }
        if (!authorised(ex, LINE_ITEM)) {
            return;
        }
        if ("POST".equals(ex.getRequestMethod())) {
            Map<String, Object> item = body(ex);
            item.put("id", lms.base() + "/lineitems/" + (lineItems.size() + 1) + "/lineitem?type_id=1");
            lineItems.add(item);
            TestLms.reply(ex, 201, JSONObjectUtils.toJSONString(item));
            return;
        }
        String tag = form(ex.getRequestURI().getRawQuery()).get("tag");
        List<Map<String, Object>> matching = lineItems.stream().filter(i -> tag == null || tag.equals(i.get("tag")))
                .toList();
        TestLms.reply(ex, 200, com.nimbusds.jose.util.JSONArrayUtils.toJSONString(new ArrayList<>(matching)));
    }

    private static Map<String, Object> body(HttpExchange ex) throws IOException {
        try {
            return new HashMap<>(JSONObjectUtils.parse(new String(ex.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
        } catch (java.text.ParseException e) {
            throw new IOException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> out = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
