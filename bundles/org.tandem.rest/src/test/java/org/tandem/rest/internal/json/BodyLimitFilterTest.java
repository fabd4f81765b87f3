package org.tandem.rest.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

class BodyLimitFilterTest {
    private final BodyLimitFilter filter = new BodyLimitFilter(1000);
    private final List<String> asked = new ArrayList<>();

    @Test
    void aGetsBodyIsNeitherLookedForNorRead() {
        filter.filter(request("GET", -1, "[".repeat(500)));
        filter.filter(request("HEAD", -1, "[".repeat(500)));
        assertEquals(List.of(), asked);
    }

    @Test
    void aPostsBodyIsCheckedForDepthAndSize() {
        assertThrows(TooDeepException.class, () -> filter.filter(request("POST", -1, "[".repeat(500))));
        assertThrows(BodyTooLargeException.class, () -> filter.filter(request("PUT", 5000, "{}")));
        filter.filter(request("POST", 2, "{}"));
        assertEquals(List.of("hasEntity", "getEntityStream", "hasEntity", "getEntityStream"), asked);
    }

    @Test
    void aGetThatAnnouncesATooLargeBodyIsStillRefused() {
        assertThrows(BodyTooLargeException.class, () -> filter.filter(request("GET", 5000, "")));
    }

    /** A request; which of hasEntity and getEntityStream the filter asked for lands in {@link #asked}. */
    private ContainerRequestContext request(String method, int length, String body) {
        InputStream entity = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getLength" -> length;
                    case "getMediaType" -> MediaType.APPLICATION_JSON_TYPE;
                    case "hasEntity" -> {
                        asked.add("hasEntity");
                        yield !body.isEmpty();
                    }
                    case "getEntityStream" -> {
                        asked.add("getEntityStream");
                        yield entity;
                    }
                    default -> null;
                });
    }
}
