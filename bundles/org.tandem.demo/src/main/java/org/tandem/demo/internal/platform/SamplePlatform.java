package org.tandem.demo.internal.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.demo.internal.TryItMode;
import org.tandem.demo.internal.seed.SampleState;
import org.tandem.lti.api.PlatformDirectory;
import org.tandem.model.Feature;

/**
 * The try-it mode's learning platform: registered with Tandem like any platform, with its own RSA key
 * (new at each start; Tandem fetches the key set again for an unknown key id), and launching the sample
 * people as a platform does: a third-party initiated login, then a signed id_token posted by the
 * browser. Tandem checks it with the same code as any other platform's.
 */
@Component(service = SamplePlatform.class, property = Feature.PROPERTY + "=lti")
public class SamplePlatform {
    public static final String CLIENT_ID = "tandem-sample-platform";
    public static final String DEPLOYMENT = "sample-deployment";
    static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
    private final String base;
    private final RSAKey key;
    private final IntSupplier generation;

    @Activate
    public SamplePlatform(@Reference TryItMode mode, @Reference PlatformDirectory directory, @Reference SampleState state)
            throws JOSEException {
        this(mode.baseUrl(), state::generation);
        directory.ensure(new PlatformDirectory.NewPlatform("Sample platform (try-it mode)", issuer(), CLIENT_ID,
                DEPLOYMENT, base + "/demo/platform/auth", null, base + "/demo/platform/jwks"));
    }

    SamplePlatform(String base, IntSupplier generation) throws JOSEException {
        this.base = base;
        this.generation = generation;
        this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    }

    public String issuer() {
        return base + "/demo/platform";
    }

    public String base() {
        return base;
    }

    /** Where the platform sends a browser to open Tandem as this person: the tool's login initiation. */
    public String loginUrl(Cast.Person person) {
        return base + "/lti/login?iss=" + enc(issuer()) + "&login_hint=" + enc(person.key()) + "&target_link_uri="
                + enc(base + "/lti/launch") + "&client_id=" + enc(CLIENT_ID) + "&lti_deployment_id=" + enc(DEPLOYMENT);
    }

    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString(true);
    }

    /**
     * The platform's OIDC authorization endpoint: the signed launch for the person of the login hint, or
     * null (with the reason in {@code why}) when the request is not one this platform answers.
     */
    public String idToken(Map<String, String> q, StringBuilder why) throws JOSEException {
        Cast.Person person = Cast.find(q.get("login_hint")).orElse(null);
        if (person == null) {
            why.append("login_hint names no sample person");
        } else if (!CLIENT_ID.equals(q.get("client_id"))) {
            why.append("client_id is not this platform's client");
        } else if (!(base + "/lti/launch").equals(q.get("redirect_uri"))) {
            why.append("redirect_uri is not the tool's registered launch address");
        } else if (!"id_token".equals(q.get("response_type")) || q.get("nonce") == null || q.get("state") == null) {
            why.append("response_type id_token, a nonce and a state are required");
        }
        return why.length() > 0 ? null : sign(claims(person, generation.getAsInt(), q.get("nonce")));
    }

    JWTClaimsSet claims(Cast.Person p, int generation, String nonce) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer()).audience(CLIENT_ID).subject(p.subject(generation))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", nonce)
                .claim("given_name", p.given()).claim("family_name", p.family()).claim("name", p.name())
                .claim("email", p.key() + "@sample.tandem.invalid")
                .claim(CLAIM + "message_type", "LtiResourceLinkRequest").claim(CLAIM + "version", "1.3.0")
                .claim(CLAIM + "deployment_id", DEPLOYMENT).claim(CLAIM + "target_link_uri", base + "/lti/launch")
                .claim(CLAIM + "resource_link", Map.of("id", "sample-link-" + generation + "-"
                        + (p.activity() == null ? "home" : p.activity()), "title", "Mentoring"))
                .claim(CLAIM + "context", Map.of("id", "sample-course-" + generation, "label", "MENTOR-101",
                        "title", "Mentoring 101 (sample)", "type", List.of("CourseSection")))
                .claim(CLAIM + "roles", List.of(p.instructor() ? Cast.INSTRUCTOR : Cast.LEARNER))
                .claim(CLAIM + "custom", custom(p))
                .claim(CLAIM + "launch_presentation", Map.of("locale", p.locale(), "document_target", "window"))
                .claim(CLAIM + "tool_platform", Map.of("product_family_code", "tandem-sample", "name",
                        "Sample platform (try-it mode)"))
                .build();
    }

    private static Map<String, String> custom(Cast.Person p) {
        Map<String, String> custom = new java.util.TreeMap<>();
        if (p.mentor()) {
            custom.put("mentoring_role", "mentor");
        }
        if (p.activity() != null) {
            custom.put("tandem_activity", p.activity());
        }
        return custom;
    }

    String sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
