package org.tandem.lti.internal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One test per rule and catalogue entry (lti-security.md), and the valid edge cases that must pass. */
class LaunchValidatorTest {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final String L = LtiClaims.LTI;
    private TestPlatform platform;
    private LaunchValidator validator;

    @BeforeEach
    void platform() throws Exception {
        platform = new TestPlatform();
        validator = new LaunchValidator(platform, Clock.fixed(NOW, ZoneOffset.UTC), TestPlatform.TOOL);
    }

    private Map<String, Object> student() throws Exception {
        return TestPlatform.claims("student_launch", NOW);
    }

    private Rejection refused(String token) {
        return assertThrows(LaunchRejectedException.class, () -> validator.validate(token, TestPlatform.NONCE))
                .rejection();
    }

    private Rejection refusedWith(java.util.function.Consumer<Map<String, Object>> change) throws Exception {
        Map<String, Object> c = student();
        change.accept(c);
        return refused(platform.sign(c));
    }

    @Test
    void aRealMoodleStudentLaunchIsAccepted() throws Exception {
        Launch l = validator.validate(platform.sign(student()), TestPlatform.NONCE);
        assertEquals("4", l.subject());
        assertEquals("Sam Student", l.person().name());
        assertEquals("en", l.person().locale());
        assertEquals("2", l.context().id());
        assertEquals("1", l.resourceLinkId());
        assertEquals(List.of(Roles.MEMBERSHIP + "Learner"), l.roles());
        assertEquals("moodle-test", l.registration().tenant());
    }

    @Test
    void aTeacherLaunchAndADeepLinkingRequestAreAccepted() throws Exception {
        assertEquals(LtiClaims.RESOURCE_LINK_REQUEST, validator.validate(platform.sign(TestPlatform.claims(
                "teacher_launch", NOW)), TestPlatform.NONCE).messageType());
        Map<String, Object> dl = TestPlatform.claims("deeplinking_request", NOW);
        Launch deep = new LaunchValidator(platform, Clock.fixed(NOW, ZoneOffset.UTC), TestPlatform.TOOL)
                .validate(platform.sign(withNonce(dl, "another")), "another");
        assertEquals(LtiClaims.DEEP_LINKING_REQUEST, deep.messageType());
        assertTrue(deep.deepLinking().returnUrl().startsWith("http"));
    }

    private static Map<String, Object> withNonce(Map<String, Object> c, String nonce) {
        c.put("nonce", nonce);
        return c;
    }

    @Test
    void validEdgeCasesOfTheCertificationPass() throws Exception {
        Map<String, Object> c = student();
        c.put(L + "roles", List.of("Instructor", "", "http://example.edu/unknown#Role",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Staff"));
        c.remove("name");
        c.remove("email");
        c.remove("given_name");
        c.remove("family_name");
        c.remove(L + "context");
        Launch l = validator.validate(platform.sign(c), TestPlatform.NONCE);
        assertEquals(List.of(Roles.MEMBERSHIP + "Instructor", "http://example.edu/unknown#Role",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Staff"), l.roles());
        assertNull(l.person().name());
        assertNull(l.context());
    }

    @Test
    void emptyRolesArePassedWithNoPrivilege() throws Exception {
        Map<String, Object> c = student();
        c.put(L + "roles", List.of(""));
        assertEquals(List.of(), validator.validate(platform.sign(c), TestPlatform.NONCE).roles());
    }

    // --- the certification's known bad payloads (1-12) ---

    @Test
    void c01NoKidAndC02UnknownKid() throws Exception {
        assertEquals(Rejection.NO_KEY_ID, refused(TestPlatform.sign(student(), platform.key, null)));
        assertEquals(Rejection.UNKNOWN_KEY, refused(TestPlatform.sign(student(), platform.key, "rotated-away")));
    }

    @Test
    void c03WrongVersionAndC04NoVersion() throws Exception {
        assertEquals(Rejection.WRONG_VERSION, refusedWith(c -> c.put(L + "version", "1.2.0")));
        assertEquals(Rejection.WRONG_VERSION, refusedWith(c -> c.remove(L + "version")));
    }

    @Test
    void c05NotAnLtiMessageAndC06AllLtiClaimsStripped() throws Exception {
        assertEquals(Rejection.UNKNOWN_ISSUER, refused(platform.sign(new HashMap<>(Map.of("foo", "bar",
                "iat", NOW.getEpochSecond(), "exp", NOW.getEpochSecond() + 60)))));
        assertEquals(Rejection.WRONG_VERSION, refusedWith(c -> c.keySet().removeIf(k -> k.startsWith("https://purl"))));
    }

    @Test
    void c07TimestampsIncorrect() throws Exception {
        assertEquals(Rejection.EXPIRED, refusedWith(c -> c.put("exp", NOW.getEpochSecond() - 120)));
        assertEquals(Rejection.NOT_YET_VALID, refusedWith(c -> c.put("iat", NOW.getEpochSecond() + 3600)));
        assertEquals(Rejection.EXPIRED, refusedWith(c -> {
            c.put("iat", NOW.getEpochSecond() - 3600);
            c.put("exp", NOW.getEpochSecond() + 60);
        }));
    }

    @Test
    void c08To12RequiredClaimsMissing() throws Exception {
        assertEquals(Rejection.BAD_MESSAGE_TYPE, refusedWith(c -> c.remove(L + "message_type")));
        assertEquals(Rejection.NO_ROLES, refusedWith(c -> c.remove(L + "roles")));
        assertEquals(Rejection.NO_DEPLOYMENT, refusedWith(c -> c.remove(L + "deployment_id")));
        assertEquals(Rejection.NO_RESOURCE_LINK, refusedWith(c -> c.put(L + "resource_link", Map.of("title", "x"))));
        assertEquals(Rejection.NO_SUBJECT, refusedWith(c -> c.remove("sub")));
    }

    // --- beyond the certification (13-31) ---

    @Test
    void c13UnsignedAndC14KeyConfusionAreRefused() throws Exception {
        String unsigned = new PlainJWT(JWTClaimsSet.parse(student())).serialize();
        assertEquals(Rejection.BAD_ALGORITHM, refused(unsigned));
        SignedJWT hs = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestPlatform.KID).build(),
                JWTClaimsSet.parse(student()));
        byte[] secret = platform.key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        hs.sign(new MACSigner(secret));
        assertEquals(Rejection.BAD_ALGORITHM, refused(hs.serialize()));
    }

    @Test
    void c15UnpublishedKeyAndC16TamperedPayload() throws Exception {
        var stranger = new RSAKeyGenerator(2048).keyID(TestPlatform.KID).generate();
        assertEquals(Rejection.BAD_SIGNATURE, refused(TestPlatform.sign(student(), stranger, TestPlatform.KID)));
        String[] parts = platform.sign(student()).split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("\"sub\":\"4\"", "\"sub\":\"2\"");
        assertEquals(Rejection.BAD_SIGNATURE, refused(parts[0] + "." + Base64URL.encode(payload) + "." + parts[2]));
    }

    @Test
    void c17UnregisteredIssuerOrAnotherToolsAudience() throws Exception {
        assertEquals(Rejection.UNKNOWN_ISSUER, refusedWith(c -> c.put("iss", "https://evil.example")));
        assertEquals(Rejection.WRONG_AUDIENCE, refusedWith(c -> c.put("aud", "someone-else")));
    }

    @Test
    void c18SeveralAudiencesNeedUsAsAuthorisedParty() throws Exception {
        assertEquals(Rejection.WRONG_AUDIENCE, refusedWith(c -> c.put("aud",
                List.of(TestPlatform.CLIENT_ID, "other"))));
        assertEquals(Rejection.WRONG_AUDIENCE, refusedWith(c -> {
            c.put("aud", List.of(TestPlatform.CLIENT_ID, "other"));
            c.put("azp", "other");
        }));
        Map<String, Object> ok = student();
        ok.put("aud", List.of(TestPlatform.CLIENT_ID, "other"));
        ok.put("azp", TestPlatform.CLIENT_ID);
        assertEquals("4", validator.validate(platform.sign(ok), TestPlatform.NONCE).subject());
    }

    @Test
    void c19UnregisteredDeploymentAndC29OverlongDeployment() throws Exception {
        assertEquals(Rejection.UNKNOWN_DEPLOYMENT, refusedWith(c -> c.put(L + "deployment_id", "2")));
        assertEquals(Rejection.UNKNOWN_DEPLOYMENT, refusedWith(c -> c.put(L + "deployment_id", "1".repeat(256))));
    }

    @Test
    void c20ReplayAndANonceNeverIssued() throws Exception {
        String token = platform.sign(student());
        validator.validate(token, TestPlatform.NONCE);
        assertEquals(Rejection.NONCE_REPLAYED, refused(token));
        assertEquals(Rejection.NONCE_MISMATCH, assertThrows(LaunchRejectedException.class,
                () -> validator.validate(platform.sign(student()), "a-nonce-from-another-login")).rejection());
    }

    @Test
    void aRefusedLaunchDoesNotSpendTheNonce() throws Exception {
        Map<String, Object> bad = student();
        bad.remove("sub");
        refused(platform.sign(bad));
        assertEquals("4", validator.validate(platform.sign(student()), TestPlatform.NONCE).subject());
    }

    @Test
    void c22TargetLinkElsewhere() throws Exception {
        assertEquals(Rejection.BAD_TARGET_LINK, refusedWith(c -> c.put(L + "target_link_uri",
                "https://evil.example/phish")));
        assertEquals(Rejection.BAD_TARGET_LINK, refusedWith(c -> c.put(L + "target_link_uri",
                "http://127.0.0.1:8301.evil.example/launch")));
        assertEquals(Rejection.BAD_TARGET_LINK, refusedWith(c -> c.remove(L + "target_link_uri")));
    }

    @Test
    void c24MalformedTokens() {
        assertEquals(Rejection.MALFORMED, refused("only.two"));
        assertEquals(Rejection.MALFORMED, refused("!!!.###.$$$"));
        assertEquals(Rejection.MALFORMED, refused(Base64URL.encode("[1]") + "." + Base64URL.encode("{}") + ".c2ln"));
        assertEquals(Rejection.TOO_LARGE, refused("a".repeat(1024 * 1024)));
    }

    @Test
    void c25WrongClaimTypes() throws Exception {
        assertEquals(Rejection.BAD_CLAIM, refusedWith(c -> c.put(L + "roles", "Learner")));
        assertEquals(Rejection.BAD_CLAIM, refusedWith(c -> c.put(L + "context", "course 2")));
        assertEquals(Rejection.BAD_CLAIM, refusedWith(c -> c.put(L + "custom", List.of("x"))));
    }

    @Test
    void c26DeepLinkingWithoutReturnUrl() throws Exception {
        Map<String, Object> dl = TestPlatform.claims("deeplinking_request", NOW);
        dl.remove(LtiClaims.DEEP_LINKING_SETTINGS);
        assertEquals(Rejection.NO_DEEP_LINK_RETURN, refused(platform.sign(dl)));
    }

    @Test
    void c28EmptySubject() throws Exception {
        assertEquals(Rejection.NO_SUBJECT, refusedWith(c -> c.put("sub", "")));
    }
}
