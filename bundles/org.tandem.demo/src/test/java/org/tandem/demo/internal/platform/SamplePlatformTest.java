package org.tandem.demo.internal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplePlatformTest {
    private static final String BASE = "http://127.0.0.1:8080";
    private final SamplePlatform platform = new SamplePlatform(BASE, () -> 3);

    SamplePlatformTest() throws Exception {
    }

    private static Map<String, String> request(String who) {
        Map<String, String> q = new HashMap<>(Map.of("login_hint", who, "client_id", SamplePlatform.CLIENT_ID,
                "redirect_uri", BASE + "/lti/launch", "response_type", "id_token", "nonce", "n-1", "state", "s-1"));
        return q;
    }

    private JWTClaimsSet launch(String who) throws Exception {
        StringBuilder why = new StringBuilder();
        SignedJWT jwt = SignedJWT.parse(platform.idToken(request(who), why));
        RSAKey key = (RSAKey) JWKSet.parse(platform.jwks()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new RSASSAVerifier(key)), "signed with the key its JWKS publishes");
        return jwt.getJWTClaimsSet();
    }

    @Test
    void aSamplePersonsLaunchIsSignedAndCarriesWhatAMoodleLaunchCarries() throws Exception {
        JWTClaimsSet c = launch("mentee");
        assertEquals(BASE + "/demo/platform", c.getIssuer());
        assertEquals(List.of(SamplePlatform.CLIENT_ID), c.getAudience());
        assertEquals("sample-3-mentee", c.getSubject());
        assertEquals("n-1", c.getStringClaim("nonce"));
        assertEquals("LtiResourceLinkRequest", c.getStringClaim(SamplePlatform.CLAIM + "message_type"));
        assertEquals("1.3.0", c.getStringClaim(SamplePlatform.CLAIM + "version"));
        assertEquals(SamplePlatform.DEPLOYMENT, c.getStringClaim(SamplePlatform.CLAIM + "deployment_id"));
        assertEquals("sample-course-3", c.getJSONObjectClaim(SamplePlatform.CLAIM + "context").get("id"));
        assertEquals("agreement", c.getJSONObjectClaim(SamplePlatform.CLAIM + "custom").get("tandem_activity"));
        assertEquals(List.of(Cast.LEARNER), c.getStringListClaim(SamplePlatform.CLAIM + "roles"));
        assertTrue(c.getExpirationTime().after(c.getIssueTime()));
    }

    @Test
    void theCoordinatorTeachesAndAMentorIsMarkedByTheCourse() throws Exception {
        assertEquals(List.of(Cast.INSTRUCTOR), launch("coordinator").getStringListClaim(SamplePlatform.CLAIM + "roles"));
        assertEquals("mentor", launch("mentor").getJSONObjectClaim(SamplePlatform.CLAIM + "custom").get("mentoring_role"));
        assertEquals("de-DE", launch("mentee-de").getJSONObjectClaim(SamplePlatform.CLAIM + "launch_presentation")
                .get("locale"));
    }

    @Test
    void itAnswersOnlyItsOwnClientForTheToolsLaunchAddress() throws Exception {
        for (Map.Entry<String, String> bad : Map.of("login_hint", "nobody", "client_id", "someone-else",
                "redirect_uri", "https://evil.example/steal", "response_type", "code").entrySet()) {
            Map<String, String> q = request("mentee");
            q.put(bad.getKey(), bad.getValue());
            StringBuilder why = new StringBuilder();
            assertNull(platform.idToken(q, why), bad.getKey());
            assertTrue(why.length() > 0, bad.getKey());
        }
        Map<String, String> noNonce = request("mentee");
        noNonce.remove("nonce");
        assertNull(platform.idToken(noNonce, new StringBuilder()));
    }

    @Test
    void theCourseLinkStartsTheToolsLoginAsAPlatformDoes() {
        String login = platform.loginUrl(Cast.find("mentor").orElseThrow());
        assertTrue(login.startsWith(BASE + "/lti/login?iss=" + "http%3A%2F%2F127.0.0.1%3A8080%2Fdemo%2Fplatform"), login);
        assertTrue(login.contains("login_hint=mentor") && login.contains("lti_deployment_id=sample-deployment"), login);
    }
}
