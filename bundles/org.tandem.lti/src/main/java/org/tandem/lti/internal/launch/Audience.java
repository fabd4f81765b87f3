package org.tandem.lti.internal.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;

/** Finds the registration a launch is for: its issuer (R3) and our client id in its audience (R4). */
public final class Audience {
    private Audience() {
    }

    static Registration registration(Platforms platforms, JWTClaimsSet claims) {
        String issuer = LaunchValidator.text(claims, "iss");
        List<Registration> candidates = issuer == null ? List.of() : platforms.byIssuer(issuer);
        if (candidates.isEmpty()) {
            throw new LaunchRejectedException(Rejection.UNKNOWN_ISSUER, "iss " + issuer);
        }
        List<String> aud = claims.getAudience();
        Registration match = candidates.stream().filter(r -> aud.contains(r.clientId())).findFirst()
                .orElseThrow(() -> new LaunchRejectedException(Rejection.WRONG_AUDIENCE, "aud " + aud));
        if (aud.size() > 1) {
            String azp = LaunchValidator.text(claims, "azp");
            if (!match.clientId().equals(azp)) {
                throw new LaunchRejectedException(Rejection.WRONG_AUDIENCE, "several audiences and azp " + azp);
            }
        }
        return match;
    }
}
