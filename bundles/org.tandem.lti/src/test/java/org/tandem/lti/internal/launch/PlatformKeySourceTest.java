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
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keys from a JWKS served over real HTTP on 127.0.0.1, as a platform serves them. */
class PlatformKeySourceTest {
    private static final PlatformKeySource.Settings FAST = new PlatformKeySource.Settings(Duration.ofMillis(500),
            Duration.ofMillis(500), 64 * 1024, Duration.ofHours(1), Duration.ofSeconds(2), Duration.ofMinutes(5));
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
    void aRotatedKeyIsFoundAfterOneRefetchAndUnknownKidsCannotHammerThePlatform() throws Exception {
        publish(key("k1"));
        PlatformKeySource keys = new PlatformKeySource(FAST);
        keys.key(url, "k1");
        publish(key("k1"), key("k2"));
        assertTrue(keys.key(url, "k2").isPresent(), "the new kid after rotation");
        int afterRotation = fetches.get();
        assertEquals(2, afterRotation);
        for (int i = 0; i < 20; i++) {
            assertTrue(keys.key(url, "forged-" + i).isEmpty(), "an unknown kid is unknown, not an outage");
        }
        assertTrue(fetches.get() <= afterRotation + 2, "at most a couple of re-fetches per interval, got "
                + (fetches.get() - afterRotation));
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
