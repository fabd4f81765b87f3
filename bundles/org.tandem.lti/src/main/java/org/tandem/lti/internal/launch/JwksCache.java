package org.tandem.lti.internal.launch;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URL;
import java.text.ParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One platform's JWKS. At most one fetch is in flight, and fetches start at least the refetch interval
 * apart; every launch that lacks its kid waits for a fetch that started after it arrived (the first
 * such fetch serves all of them). Nimbus's rate-limited source refuses inside the interval instead,
 * which let one forged launch every interval keep a real key rotation out.
 */
final class JwksCache {
    private static final Logger LOG = LoggerFactory.getLogger(JwksCache.class);

    private record Fetched(JWKSet keys, long startedNanos) {
    }

    private final URL url;
    private final PlatformKeySource.Settings settings;
    private final Executor fetchers;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile Fetched current;
    private CompletableFuture<Fetched> inFlight;
    private long inFlightStart;
    private long nextAllowedNanos = System.nanoTime();

    JwksCache(URL url, PlatformKeySource.Settings settings, Executor fetchers) {
        this.url = url;
        this.settings = settings;
        this.fetchers = fetchers;
    }

    Optional<JWK> key(String kid) {
        long arrived = System.nanoTime();
        Fetched known = current;
        if (known != null && arrived - known.startedNanos() < settings.cacheTtl().toNanos()) {
            Optional<JWK> found = find(known, kid);
            if (found.isPresent()) {
                return found;
            }
        }
        if (waiting.incrementAndGet() > settings.maxWaiting()) {
            waiting.decrementAndGet();
            LOG.warn("{} launches already wait for a new fetch of {}: kid {} treated as unknown", settings.maxWaiting(),
                    url, kid);
            return Optional.empty();
        }
        try {
            return find(fetchedSince(arrived), kid);
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Waits for a fetch that started at or after {@code arrived}, starting one when allowed. */
    private Fetched fetchedSince(long arrived) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Fetched f = await(fetch());
            if (f.startedNanos() - arrived >= 0) {
                return f;
            }
        }
        return current;
    }

    private synchronized CompletableFuture<Fetched> fetch() {
        if (inFlight != null) {
            return inFlight;
        }
        long delay = Math.max(0, nextAllowedNanos - System.nanoTime());
        inFlightStart = System.nanoTime() + delay;
        nextAllowedNanos = inFlightStart + settings.minRefetchInterval().toNanos();
        CompletableFuture<Fetched> f = CompletableFuture.supplyAsync(this::load,
                CompletableFuture.delayedExecutor(delay, TimeUnit.NANOSECONDS, fetchers));
        inFlight = f;
        f.whenComplete((r, e) -> done(f));
        return f;
    }

    private synchronized void done(CompletableFuture<Fetched> f) {
        if (inFlight == f) {
            inFlight = null;
        }
    }

    private Fetched load() {
        long started = System.nanoTime();
        try {
            Fetched f = new Fetched(JWKSet.load(url, (int) settings.connectTimeout().toMillis(),
                    (int) settings.readTimeout().toMillis(), settings.sizeLimit()), started);
            current = f;
            return f;
        } catch (IOException | ParseException e) {
            throw new LaunchRejectedException(Rejection.KEYS_UNAVAILABLE, url + ": " + e.getMessage());
        }
    }

    private Fetched await(CompletableFuture<Fetched> f) {
        long limit = settings.minRefetchInterval().plus(settings.connectTimeout()).plus(settings.readTimeout())
                .toMillis() + 1000;
        try {
            return f.get(limit, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof LaunchRejectedException r ? r
                    : new LaunchRejectedException(Rejection.KEYS_UNAVAILABLE, url + ": " + e.getCause());
        } catch (TimeoutException e) {
            throw new LaunchRejectedException(Rejection.KEYS_UNAVAILABLE, url + ": no answer in " + limit + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchRejectedException(Rejection.KEYS_UNAVAILABLE, url + ": interrupted");
        }
    }

    private static Optional<JWK> find(Fetched f, String kid) {
        return f == null ? Optional.empty() : Optional.ofNullable(f.keys().getKeyByKeyId(kid));
    }
}
