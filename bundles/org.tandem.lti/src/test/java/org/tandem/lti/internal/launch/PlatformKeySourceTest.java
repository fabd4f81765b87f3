package org.tandem.lti.internal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keys from a JWKS served over real HTTP on 127.0.0.1, as a platform serves them. */
class PlatformKeySourceTest {
    private static final Duration INTERVAL = Duration.ofMillis(400);
    private static final PlatformKeySource.Settings FAST = new PlatformKeySource.Settings(Duration.ofMillis(500),
            Duration.ofMillis(500), 64 * 1024, Duration.ofHours(1), INTERVAL, 64);
    private HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<String> published = new AtomicReference<>();
    private final AtomicInteger delayMillis = new AtomicInteger();
    private String url;

    @BeforeEach
    void platform() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            try {
                Thread.sleep(delayMillis.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static RSAKey key(String kid) throws Exception {
        return new RSAKeyGenerator(2048).keyID(kid).generate();
    }

    private void publish(RSAKey... keys) {
        JWKSet set = new JWKSet(Arrays.stream(keys).map(k -> (JWK) k.toPublicJWK()).toList());
        published.set(set.toString());
    }

    @Test
    void keysAreFetchedOnceAndCached() throws Exception {
        publish(key("k1"));
        PlatformKeySource keys = new PlatformKeySource(FAST);
        assertTrue(keys.key(url, "k1").isPresent());
        assertTrue(keys.key(url, "k1").isPresent());
        assertEquals(1, fetches.get());
    }

    @Test
    void aRotatedKeyIsFoundAfterOneRefetch() throws Exception {
        publish(key("k1"));
        PlatformKeySource keys = new PlatformKeySource(FAST);
        keys.key(url, "k1");
        publish(key("k1"), key("k2"));
        assertTrue(keys.key(url, "k2").isPresent(), "the new kid after rotation");
        assertEquals(2, fetches.get());
    }

    /** Issue 19.5: a forged launch just before the real one used to keep the new key out for 30 s. */
    @Test
    void aForgedKidJustBeforeARotationCannotHoldTheNewKeyOff() throws Exception {
        publish(key("k1"));
        PlatformKeySource keys = new PlatformKeySource(FAST);
        keys.key(url, "k1");
        assertTrue(keys.key(url, "forged").isEmpty(), "the forged kid spends the re-fetch");
        publish(key("k1"), key("k2"));
        long start = System.nanoTime();
        assertTrue(keys.key(url, "k2").isPresent(), "the real launch waits for the next allowed fetch");
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(waited.compareTo(INTERVAL.plusSeconds(1)) < 0, "waited " + waited);
    }

    @Test
    void aFloodOfUnknownKidsFetchesAtMostOncePerInterval() throws Exception {
        publish(key("k1"));
        PlatformKeySource keys = new PlatformKeySource(FAST);
        keys.key(url, "k1");
        int before = fetches.get();
        ExecutorService flood = Executors.newFixedThreadPool(32);
        long start = System.nanoTime();
        try {
            List<Future<Boolean>> all = new ArrayList<>();
            for (int i = 0; i < 96; i++) {
                String kid = "forged-" + i;
                all.add(flood.submit(() -> keys.key(url, kid).isEmpty()));
            }
            for (Future<Boolean> f : all) {
                assertTrue(f.get(), "an unknown kid is unknown, not an outage");
            }
        } finally {
            flood.shutdownNow();
        }
        long intervals = Duration.ofNanos(System.nanoTime() - start).toMillis() / INTERVAL.toMillis();
        int made = fetches.get() - before;
        assertTrue(made <= intervals + 2, made + " fetches in " + intervals + " intervals");
    }

    @Test
    void anUnreachableOrSlowPlatformGivesKeysUnavailableNotAHang() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        PlatformKeySource keys = new PlatformKeySource(FAST);
        assertEquals(Rejection.KEYS_UNAVAILABLE, assertThrows(LaunchRejectedException.class,
                () -> keys.key("http://127.0.0.1:" + closed + "/jwks", "k1")).rejection());
        publish(key("k1"));
        delayMillis.set(3000);
        assertEquals(Rejection.KEYS_UNAVAILABLE, assertThrows(LaunchRejectedException.class,
                () -> keys.key(url, "k1")).rejection());
    }
}
