package org.tandem.lti.internal.launch;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Platforms' public keys from their JWKS URLs, through Nimbus's JWK source: cached, re-fetched when a
 * launch names a kid the cache lacks (key rotation), rate-limited so that unknown kids cannot make us
 * hammer a platform, and with finite timeouts and a size cap (Nimbus's default retriever has none).
 */
public final class PlatformKeySource {
    /** How keys are fetched and kept. */
    public record Settings(Duration connectTimeout, Duration readTimeout, int sizeLimit, Duration cacheTtl,
            Duration refreshTimeout, Duration minRefetchInterval) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(2), Duration.ofSeconds(3), 256 * 1024,
                Duration.ofHours(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    private final Settings settings;
    private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    public PlatformKeySource(Settings settings) {
        this.settings = settings;
    }

    /**
     * @throws LaunchRejectedException {@link Rejection#KEYS_UNAVAILABLE} if the JWKS cannot be fetched
     */
    public Optional<JWK> key(String jwksUrl, String kid) {
        JWKSelector byKid = new JWKSelector(new JWKMatcher.Builder().keyID(kid).build());
        try {
            List<JWK> found = sources.computeIfAbsent(jwksUrl, this::source).get(byKid, null);
            return found.stream().findFirst();
        } catch (RateLimitReachedException e) {
            // re-fetched for an unknown kid too recently: the kid is unknown, not the platform down
            return Optional.empty();
        } catch (KeySourceException e) {
            throw new LaunchRejectedException(Rejection.KEYS_UNAVAILABLE, jwksUrl + ": " + e.getMessage());
        }
    }

    private JWKSource<SecurityContext> source(String jwksUrl) {
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(
                (int) settings.connectTimeout().toMillis(), (int) settings.readTimeout().toMillis(),
                settings.sizeLimit());
        try {
            return JWKSourceBuilder.create(new URL(jwksUrl), retriever)
                    .cache(settings.cacheTtl().toMillis(), settings.refreshTimeout().toMillis())
                    .rateLimited(settings.minRefetchInterval().toMillis())
                    .retrying(false)
                    .build();
        } catch (MalformedURLException e) {
            throw new LaunchRejectedException(Rejection.KEYS_UNAVAILABLE, "JWKS URL " + jwksUrl + " is not a URL");
        }
    }
}
