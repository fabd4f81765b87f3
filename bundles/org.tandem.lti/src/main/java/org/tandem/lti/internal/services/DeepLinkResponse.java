package org.tandem.lti.internal.services;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.lti.internal.launch.LtiClaims;
import org.tandem.lti.internal.launch.Registration;

/**
 * The LtiDeepLinkingResponse (Deep Linking 2.0): the tool's signed answer to a deep-linking request,
 * from the tool (iss = its client id) to the platform (aud = the platform's issuer), echoing the
 * request's {@code data}.
 */
public final class DeepLinkResponse {
    /** One link the instructor chose. */
    public record Item(String title, String text, String url, Map<String, String> custom) {
    }

    private DeepLinkResponse() {
    }

    public static String sign(Registration platform, String deploymentId, String data, List<Item> items, RSAKey key,
            Instant now) {
        List<Map<String, Object>> contentItems = items.stream().map(i -> Map.<String, Object>of("type",
                "ltiResourceLink", "title", i.title(), "text", i.text(), "url", i.url(), "custom", i.custom())).toList();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(platform.clientId())
                .audience(platform.issuer()).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION).claim(LtiClaims.DEPLOYMENT_ID, deploymentId)
                .claim(LtiClaims.CONTENT_ITEMS, contentItems);
        if (data != null) {
            claims.claim(LtiClaims.DEEP_LINKING_DATA, data);
        }
        return ToolJwt.sign(claims.build(), key);
    }
}
