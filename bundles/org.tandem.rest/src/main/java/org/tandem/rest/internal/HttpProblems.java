package org.tandem.rest.internal;

import java.util.Locale;
import javax.ws.rs.WebApplicationException;
import org.tandem.rest.api.Problem;

/** Problems for what JAX-RS itself rejects: unknown paths, methods, media types. */
final class HttpProblems {
    private HttpProblems() {
    }

    static Problem of(WebApplicationException w, Locale l) {
        int status = w.getResponse().getStatus();
        return switch (status) {
            case 404, 405, 406, 415 -> new Problem(null, ProblemMapper.TEXT.format(l, "http." + status),
                    status, ProblemMapper.TEXT.format(l, "http." + status + ".detail"));
            default -> new Problem(null, w.getResponse().getStatusInfo().getReasonPhrase(), status, w.getMessage());
        };
    }
}
