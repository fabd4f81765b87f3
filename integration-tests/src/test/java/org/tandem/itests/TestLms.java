package org.tandem.itests;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A learning platform for the tests: its own RSA keys, its JWKS served over real HTTP on 127.0.0.1 (and
 * rotatable), and id_tokens built from the claims a real Moodle 4.5.6 sent, signed for real.
 */
public final class TestLms implements AutoCloseable {
    public static final String CLIENT_ID = "mentoring-stub-client";
    public static final String DEPLOYMENT = "1";
    private final HttpServer server;
    private final String issuer;
    private volatile RSAKey key;

    public TestLms() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/moodle-" + UUID.randomUUID().toString().substring(0, 8);
        key = newKey();
        server.createContext("/jwks", ex -> reply(ex, 200, new JWKSet(key.toPublicJWK()).toString(true)));
        server.start();
    }

    /** Adds a handler under this platform, e.g. a names-and-roles service. */
    public void serve(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String issuer() {
        return issuer;
    }

    public RSAKey key() {
        return key;
    }

    /** The platform's monthly rotation: a new key, and only the new key published. */
    public void rotate() throws Exception {
        key = newKey();
    }

    /** The admin API body registering this platform. */
    public String registration(String name) {
        return "{\"name\":\"" + name + "\",\"issuer\":\"" + issuer + "\",\"clientId\":\"" + CLIENT_ID
                + "\",\"deploymentIds\":[\"" + DEPLOYMENT + "\"],\"authLoginUrl\":\"" + base() + "/auth\","
                + "\"tokenUrl\":\"" + base() + "/token\",\"jwksUrl\":\"" + base() + "/jwks\"}";
    }

    /** A recorded Moodle launch, re-addressed to this platform and the tool under test, issued now. */
    public Map<String, Object> claims(String sample, String nonce, String toolBase) throws Exception {
        try (InputStream in = TestLms.class.getResourceAsStream("/moodle-4.5/" + sample + ".json")) {
            Map<String, Object> recorded = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Object> c = new LinkedHashMap<>(JSONObjectUtils.getJSONObject(recorded, "claims"));
            long now = Instant.now().getEpochSecond();
            c.put("iss", issuer);
            c.put("aud", CLIENT_ID);
            c.put("iat", now);
            c.put("exp", now + 60);
            c.put("nonce", nonce);
            c.put("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", toolBase + "/lti/launch");
            readdress(c, "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", "context_memberships_url",
                    base() + "/memberships");
            readdress(c, "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", "lineitems",
                    base() + "/lineitems?type_id=1");
            return c;
        }
    }

    /** The services of the recording point at Moodle; here they point at {@link TestLmsServices}. */
    private static void readdress(Map<String, Object> claims, String claim, String field, String url) {
        if (claims.get(claim) instanceof Map<?, ?> service) {
            Map<String, Object> copy = new LinkedHashMap<>();
            service.forEach((k, v) -> copy.put((String) k, v));
            copy.put(field, url);
            claims.put(claim, copy);
        }
    }

    public String sign(Map<String, Object> claims) throws Exception {
        return sign(claims, key);
    }

    public static String sign(Map<String, Object> claims, RSAKey with) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(with.getKeyID()).build(), JWTClaimsSet.parse(claims));
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    static RSAKey newKey() throws Exception {
        return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    }

    static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
