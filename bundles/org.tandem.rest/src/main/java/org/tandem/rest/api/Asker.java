package org.tandem.rest.api;

import javax.ws.rs.core.SecurityContext;

/**
 * Who asks on an API that both the server's administrators and signed-in people use: the admin token
 * (no caller; may do anything) or a {@link Caller}. Anything else is refused with 401.
 */
public record Asker(Caller caller) {

    /** @throws NotAuthenticatedException without the admin token or a recognised session */
    public static Asker of(AdminGate gate, String authorization, SecurityContext security) {
        return gate.admits(authorization) ? new Asker(null) : new Asker(Callers.of(security));
    }

    public boolean serverAdmin() {
        return caller == null;
    }

    /** The tenant whose data the asker sees; null for the server's administrators (all of them). */
    public String tenant() {
        return caller == null ? null : caller.tenant();
    }
}
