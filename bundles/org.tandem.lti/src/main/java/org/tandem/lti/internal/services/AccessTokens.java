package org.tandem.lti.internal.services;

import static org.tandem.lti.internal.Texts.TEXT;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.lti.internal.launch.Registration;
import org.tandem.lti.internal.store.ToolKeys;
import org.tandem.model.Feature;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * OAuth 2 client-credentials tokens for a platform's services, obtained with a signed JWT client
 * assertion (LTI Advantage security) and cached until shortly before they expire: signing costs about
 * a millisecond and a token round trip far more, so a roster page or a score never pays for either.
 * Each node keeps its own cache; a token is not state anything else depends on.
 */
@Component(service = AccessTokens.class, property = Feature.PROPERTY + "=lti-advantage",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.ADVANTAGE))
public class AccessTokens {
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);
    private static final Duration MARGIN = Duration.ofSeconds(30);
    private final ToolKeys keys;
    private final Clock clock;
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAt) {
    }

    @Activate
    public AccessTokens(@Reference ToolKeys keys) {
        this(keys, Clock.systemUTC());
    }

    AccessTokens(ToolKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A bearer token for these scopes at this platform, from the cache while it is fresh. */
    public String token(Registration platform, Set<String> scopes) {
        String key = platform.id() + " " + platform.version() + " " + String.join(" ", new TreeSet<>(scopes));
        Token cached = cache.get(key);
        if (cached != null && clock.instant().isBefore(cached.renewAt())) {
            return cached.value();
        }
        Token fresh = request(platform, scopes);
        cache.put(key, fresh);
        return fresh.value();
    }

    /** Forgets a token the platform refused (revoked early, or the platform restarted). */
    public void refused(Registration platform, Set<String> scopes) {
        cache.remove(platform.id() + " " + platform.version() + " " + String.join(" ", new TreeSet<>(scopes)));
    }

    private Token request(Registration platform, Set<String> scopes) {
        Instant now = clock.instant();
        String assertion = ToolJwt.sign(new JWTClaimsSet.Builder().issuer(platform.clientId())
                .subject(platform.clientId()).audience(platform.tokenUrl()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).jwtID(UUID.randomUUID().toString())
                .build(), keys.signingKey());
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + enc(assertion) + "&scope=" + enc(String.join(" ", new TreeSet<>(scopes)));
        ServiceHttp.Answer a = ServiceHttp.send(ServiceHttp.to(platform.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "Access token from " + platform.name());
        if (!a.ok()) {
            LOG.warn("Platform {} ({}) refused an access token for {}: HTTP {} {}. Check that the tool's JWKS URL"
                    + " is registered there and that the services are enabled for the tool.", platform.name(),
                    platform.tokenUrl(), scopes, a.status(), ServiceHttp.excerpt(a.body()));
            throw new ServiceException(TEXT.format("service.token-refused", "platform", platform.name(), "status",
                    String.valueOf(a.status()), "answer", ServiceHttp.excerpt(a.body())));
        }
        try {
            Map<String, Object> json = JSONObjectUtils.parse(a.body());
            String token = JSONObjectUtils.getString(json, "access_token");
            if (token == null || token.isBlank()) {
                throw new ServiceException(TEXT.format("service.token-missing", "platform", platform.name()));
            }
            Number expiresIn = json.get("expires_in") instanceof Number n ? n : 3600;
            Duration life = Duration.ofSeconds(expiresIn.longValue());
            Instant renewAt = now.plus(life.compareTo(MARGIN.multipliedBy(2)) > 0 ? life.minus(MARGIN) : life.dividedBy(2));
            return new Token(token, renewAt);
        } catch (ParseException e) {
            throw new ServiceException(TEXT.format("service.token-not-json", "platform", platform.name(), "answer",
                    ServiceHttp.excerpt(a.body())));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
