package org.tandem.lti.internal.launch;

import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import java.util.Optional;

/** What the validator needs from the platform registry and its JWKS cache. */
public interface Platforms {

    /** Every registration of this issuer (several client ids share one issuer on hosted Canvas). */
    List<Registration> byIssuer(String issuer);

    /**
     * The platform's public key with this id: from the cached JWKS, re-fetched on an unknown kid at
     * most once per interval.
     */
    Optional<JWK> key(Registration registration, String kid);

    /** Records a nonce as used; false if it was used before (single-use across restarts and nodes). */
    boolean firstUse(Registration registration, String nonce);
}
