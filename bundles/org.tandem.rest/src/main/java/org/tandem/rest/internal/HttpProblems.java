package org.tandem.rest.internal;

import javax.ws.rs.WebApplicationException;
import org.tandem.rest.api.Problem;

/** Problems for what JAX-RS itself rejects: unknown paths, methods, media types. */
final class HttpProblems {
    private HttpProblems() {
    }

    static Problem of(WebApplicationException w) {
        int status = w.getResponse().getStatus();
        return switch (status) {
            case 404 -> new Problem(null, "Not found", 404, "There is nothing at this address.");
            case 405 -> new Problem(null, "Method not allowed", 405, "This address does not accept that method.");
            case 406 -> new Problem(null, "Not acceptable", 406, "This API answers in application/json only.");
            case 415 -> new Problem(null, "Unsupported media type", 415,
                    "Send the body as JSON with the header Content-Type: application/json.");
            default -> new Problem(null, w.getResponse().getStatusInfo().getReasonPhrase(), status, w.getMessage());
        };
    }
}
