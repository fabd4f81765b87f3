package org.tandem.rest.api;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** The caller of the current request, for resource methods ({@code @Context SecurityContext}). */
public final class Callers {
    private Callers() {
    }

    /**
     * @throws NotAuthenticatedException if the request carries no valid credentials
     */
    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof CallerPrincipal p) {
            return p.caller();
        }
        throw new NotAuthenticatedException();
    }

    /** The principal a request's security context carries once a resolver recognised it. */
    public record CallerPrincipal(Caller caller) implements Principal {
        @Override
        public String getName() {
            return caller.personId();
        }
    }
}
