package org.tandem.lti.internal.launch;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A platform for tests: its own RSA keys, one registration, and launch tokens built from the claims a
 * real Moodle 4.5.6 sent (test resources copied from shared/reference/moodle-4.5-samples), signed for real.
 */
final class TestPlatform implements Platforms {
    static final String ISSUER = "http://127.0.0.1:8300";
    static final String CLIENT_ID = "mentoring-stub-client";
    static final String KID = "aa3b7893cb7ec806df82";
    static final String TOOL = "http://127.0.0.1:8301";
    static final String NONCE = "1ZnZ7EfPmAsRecwM3kiLkw";

    final RSAKey key;
    final Registration registration = Registration.of(ISSUER, CLIENT_ID, Set.of("1"), "moodle-test");
    private final Set<String> used = new HashSet<>();

    TestPlatform() throws Exception {
        key = new RSAKeyGenerator(2048).keyID(KID).generate();
    }

    @Override
    public List<Registration> byIssuer(String issuer) {
        return ISSUER.equals(issuer) ? List.of(registration) : List.of();
    }

    @Override
    public Optional<JWK> key(Registration r, String kid) {
        return KID.equals(kid) ? Optional.of(key.toPublicJWK()) : Optional.empty();
    }

    @Override
    public synchronized boolean firstUse(Registration r, String nonce) {
        return used.add(r.issuer() + " " + nonce);
    }

    /** The claims of a recorded Moodle launch, issued now. */
    static Map<String, Object> claims(String sample, Instant now) throws Exception {
        try (InputStream in = TestPlatform.class.getResourceAsStream("/moodle-4.5/" + sample + ".json")) {
            Map<String, Object> recorded = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Object> claims = new LinkedHashMap<>(JSONObjectUtils.getJSONObject(recorded, "claims"));
            claims.put("iat", now.getEpochSecond());
            claims.put("exp", now.getEpochSecond() + 60);
            claims.put("nonce", NONCE);
            return claims;
        }
    }

    String sign(Map<String, Object> claims) throws Exception {
        return sign(claims, key, KID);
    }

    static String sign(Map<String, Object> claims, RSAKey with, String kid) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(kid)
                .build(), JWTClaimsSet.parse(claims));
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }
}
