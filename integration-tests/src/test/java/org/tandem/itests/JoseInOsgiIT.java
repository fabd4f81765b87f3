package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Nimbus JOSE+JWT, the LTI bundle's JOSE library, resolves and signs/verifies RS256 inside Felix. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JoseInOsgiIT {
    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return ServerOptions.forDatabase("derby");
    }

    @Test
    public void theLtiBundleAndNimbusAreActiveAndVerifyRs256() throws Exception {
        for (String name : new String[] {"org.tandem.lti", "com.nimbusds.nimbus-jose-jwt"}) {
            Bundle b = java.util.Arrays.stream(context.getBundles()).filter(x -> name.equals(x.getSymbolicName()))
                    .findFirst().orElseThrow(() -> new AssertionError(name + " is not installed"));
            assertEquals(name + " is active", Bundle.ACTIVE, b.getState());
        }
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                new JWTClaimsSet.Builder().issuer("https://moodle.example.edu").subject("4").build());
        jwt.sign(new RSASSASigner(key));
        SignedJWT parsed = SignedJWT.parse(jwt.serialize());
        assertTrue(parsed.verify(new RSASSAVerifier(key.toRSAPublicKey())));
        RSAKey other = new RSAKeyGenerator(2048).generate();
        assertFalse(parsed.verify(new RSASSAVerifier(other.toRSAPublicKey())));
        assertEquals("4", parsed.getJWTClaimsSet().getSubject());
    }
}
