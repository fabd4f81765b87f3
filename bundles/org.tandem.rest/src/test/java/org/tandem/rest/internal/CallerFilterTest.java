package org.tandem.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;
import org.tandem.rest.api.Caller;

class CallerFilterTest {
    private final List<String> asked = new ArrayList<>();
    private final CallerFilter filter = new CallerFilter();

    CallerFilterTest() {
        filter.resolvers = List.of(authorization -> {
            asked.add(authorization);
            return authorization.equals("Bearer session") ? Optional.of(new Caller("p1", "t", false, Set.of()))
                    : Optional.empty();
        });
        filter.gate = "Bearer admin"::equals;
    }

    @Test
    void theAdminTokenIsRecognisedWithoutAskingTheResolvers() {
        SecurityContext[] set = new SecurityContext[1];
        filter.filter(request("Bearer admin", set));
        assertEquals(List.of(), asked);
        assertNull(set[0]);
    }

    @Test
    void anyOtherTokenIsTheResolversToRecognise() {
        SecurityContext[] set = new SecurityContext[1];
        filter.filter(request("Bearer session", set));
        filter.filter(request("Bearer nobody", new SecurityContext[1]));
        assertEquals(List.of("Bearer session", "Bearer nobody"), asked);
        assertEquals("Bearer", set[0].getAuthenticationScheme());
    }

    @Test
    void withoutTheGateEveryTokenGoesToTheResolvers() {
        filter.gate = null;
        filter.filter(request("Bearer admin", new SecurityContext[1]));
        assertEquals(List.of("Bearer admin"), asked);
    }

    /** A request with this {@code Authorization}; what the filter sets as its security context lands in {@code set}. */
    private static ContainerRequestContext request(String authorization, SecurityContext[] set) {
        return (ContainerRequestContext) Proxy.newProxyInstance(CallerFilterTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> HttpHeaders.AUTHORIZATION.equals(args[0]) ? authorization : null;
                    case "setSecurityContext" -> {
                        set[0] = (SecurityContext) args[0];
                        yield null;
                    }
                    default -> null;
                });
    }
}
