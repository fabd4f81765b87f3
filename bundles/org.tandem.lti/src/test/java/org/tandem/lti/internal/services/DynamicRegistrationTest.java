package org.tandem.lti.internal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DynamicRegistrationTest {

    @Test
    void theIssuerMustBeOnTheHostOfTheConfiguration() {
        URI config = URI.create("https://moodle.uni.edu/mod/lti/openid-configuration.php");
        assertTrue(DynamicRegistration.sameOrigin(URI.create("https://moodle.uni.edu"), config));
        assertTrue(DynamicRegistration.sameOrigin(URI.create("https://moodle.uni.edu:443/x"), config));
        assertFalse(DynamicRegistration.sameOrigin(URI.create("http://moodle.uni.edu"), config));
        assertFalse(DynamicRegistration.sameOrigin(URI.create("https://moodle.uni.edu.evil.example"), config));
        assertFalse(DynamicRegistration.sameOrigin(URI.create("https://moodle.uni.edu:8443"), config));
    }

    @Test
    void theToolAsksOnlyForScopesThePlatformOffers() {
        Map<String, Object> request = DynamicRegistration.toolRequest("https://tandem.uni.edu", "Tandem", Map.of(
                "scopes_supported", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score", "openid")));
        assertEquals("https://purl.imsglobal.org/spec/lti-ags/scope/score", request.get("scope"));
        assertEquals("https://tandem.uni.edu/lti/jwks", request.get("jwks_uri"));
        assertEquals(List.of("https://tandem.uni.edu/lti/launch"), request.get("redirect_uris"));
        @SuppressWarnings("unchecked")
        Map<String, Object> lti = (Map<String, Object>) request.get(DynamicRegistration.TOOL_CONFIGURATION);
        assertEquals("tandem.uni.edu", lti.get("domain"));
    }
}
