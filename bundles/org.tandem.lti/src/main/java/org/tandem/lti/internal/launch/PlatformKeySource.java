package org.tandem.lti.internal.launch;

import com.nimbusds.jose.jwk.JWK;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Platforms' public keys from their JWKS URLs: cached, and re-fetched when a launch names a kid the
 * cache lacks (key rotation). Re-fetches of one URL are at least {@code minRefetchInterval} apart, so
 * that made-up kids cannot make us hammer a platform; a launch that arrives inside that interval waits
 * for the next allowed fetch instead of being refused, so that forged launches cannot hold a real
 * rotation off. Fetches have finite timeouts and a size cap.
 */
public final class PlatformKeySource {
    /** How keys are fetched and kept. */
    public record Settings(Duration connectTimeout, Duration readTimeout, int sizeLimit, Duration cacheTtl,
            Duration minRefetchInterval, int maxWaiting) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(2), Duration.ofSeconds(3), 256 * 1024,
                Duration.ofHours(1), Duration.ofSeconds(5), 64);
    }

    private final Settings settings;
    private final Map<String, JwksCache> caches = new ConcurrentHashMap<>();
    private final ExecutorService fetchers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tandem-jwks-fetch");
        t.setDaemon(true);
        return t;
    });

    public PlatformKeySource(Settings settings) {
        this.settings = settings;
    }

    /**
     * @throws LaunchRejectedException {@link Rejection#KEYS_UNAVAILABLE} if the JWKS cannot be fetched
     */
    public Optional<JWK> key(String jwksUrl, String kid) {
        return caches.computeIfAbsent(jwksUrl, this::cache).key(kid);
    }

    private JwksCache cache(String jwksUrl) {
        try {
            return new JwksCache(new URL(jwksUrl), settings, fetchers);
        } catch (MalformedURLException e) {
            throw new LaunchRejectedException(Rejection.KEYS_UNAVAILABLE, "JWKS URL " + jwksUrl + " is not a URL");
        }
    }
}
