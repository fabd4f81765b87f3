package org.tandem.lti.internal.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Validates an LTI 1.3 id_token by the letter of the security framework: each rule refuses with its
 * own {@link Rejection}. Nimbus does the JOSE work (parsing, keys, RS256 verification); the rules
 * are ours. The nonce is spent only by a launch that passed every other rule.
 */
public final class LaunchValidator {
    static final int MAX_TOKEN_CHARS = 64 * 1024;
    static final Duration SKEW = Duration.ofSeconds(60);
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final Platforms platforms;
    private final Clock clock;
    private final String toolBaseUrl;

    public LaunchValidator(Platforms platforms, Clock clock, String toolBaseUrl) {
        this.platforms = platforms;
        this.clock = clock;
        this.toolBaseUrl = toolBaseUrl.endsWith("/") ? toolBaseUrl : toolBaseUrl + "/";
    }

    /**
     * @param expectedNonce the nonce issued at the login this launch's state belongs to
     * @throws LaunchRejectedException naming the first rule the launch breaks
     */
    public Launch validate(String idToken, String expectedNonce) {
        return validate(idToken, expectedNonce, launch -> { });
    }

    /**
     * @param beforeSpending the caller's own checks of the valid launch (e.g. against its login), run
     *     before the nonce is spent so that a launch refused by them leaves the nonce unspent
     */
    public Launch validate(String idToken, String expectedNonce, java.util.function.Consumer<Launch> beforeSpending) {
        if (idToken == null || idToken.length() > MAX_TOKEN_CHARS) {
            throw new LaunchRejectedException(idToken == null ? Rejection.MALFORMED : Rejection.TOO_LARGE, null);
        }
        SignedJWT jwt = parse(idToken);
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new LaunchRejectedException(Rejection.BAD_ALGORITHM, "alg " + jwt.getHeader().getAlgorithm());
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new LaunchRejectedException(Rejection.NO_KEY_ID, null);
        }
        JWTClaimsSet claims = claims(jwt);
        Registration registration = Audience.registration(platforms, claims);
        verify(jwt, registration, kid);
        checkTime(claims);
        if (expectedNonce == null || !expectedNonce.equals(text(claims, "nonce"))) {
            throw new LaunchRejectedException(Rejection.NONCE_MISMATCH, null);
        }
        Launch launch = LaunchClaims.read(claims, registration, toolBaseUrl);
        beforeSpending.accept(launch);
        if (!platforms.firstUse(registration, expectedNonce)) {
            throw new LaunchRejectedException(Rejection.NONCE_REPLAYED, null);
        }
        return launch;
    }

    /** Parses any JWT form, so that an unsigned or encrypted token is refused for what it is. */
    private static SignedJWT parse(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException | IllegalArgumentException e) {
            throw new LaunchRejectedException(Rejection.MALFORMED, e.getMessage());
        }
        if (jwt instanceof SignedJWT signed) {
            return signed;
        }
        throw new LaunchRejectedException(Rejection.BAD_ALGORITHM, jwt instanceof PlainJWT ? "unsigned (alg none)"
                : "encrypted, not signed");
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRejectedException(Rejection.MALFORMED, "payload: " + e.getMessage());
        }
    }

    private void verify(SignedJWT jwt, Registration registration, String kid) {
        JWK key = platforms.key(registration, kid)
                .orElseThrow(() -> new LaunchRejectedException(Rejection.UNKNOWN_KEY, "kid " + kid));
        try {
            if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa.toRSAPublicKey()))) {
                throw new LaunchRejectedException(Rejection.BAD_SIGNATURE, null);
            }
        } catch (JOSEException e) {
            throw new LaunchRejectedException(Rejection.BAD_SIGNATURE, e.getMessage());
        }
    }

    private void checkTime(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || !exp.toInstant().plus(SKEW).isAfter(now)) {
            throw new LaunchRejectedException(Rejection.EXPIRED, null);
        }
        if (iat == null || iat.toInstant().isAfter(now.plus(SKEW))) {
            throw new LaunchRejectedException(Rejection.NOT_YET_VALID, null);
        }
        if (iat.toInstant().isBefore(now.minus(MAX_AGE))) {
            throw new LaunchRejectedException(Rejection.EXPIRED, "issued more than " + MAX_AGE.toMinutes()
                    + " minutes ago");
        }
    }

    static String text(JWTClaimsSet claims, String name) {
        Object v = claims.getClaim(name);
        if (v != null && !(v instanceof String)) {
            throw new LaunchRejectedException(Rejection.BAD_CLAIM, name + " must be a string");
        }
        return (String) v;
    }
}
