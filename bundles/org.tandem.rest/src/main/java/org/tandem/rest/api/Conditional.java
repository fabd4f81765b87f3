package org.tandem.rest.api;

import static org.tandem.rest.internal.Texts.TEXT;

import javax.ws.rs.core.EntityTag;
import org.tandem.model.StaleVersionException;

/**
 * Optimistic locking over HTTP: a stored item's ETag is its version; a change names the version it
 * read in {@code If-Match} (or a {@code version} field in the body).
 */
public final class Conditional {
    private Conditional() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a change was made against.
     *
     * @throws PreconditionRequiredException if the client named none
     */
    public static long expectedVersion(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw new PreconditionRequiredException(TEXT.format("version.bad-if-match", "value", ifMatch));
            }
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw new PreconditionRequiredException(TEXT.format("version.required"));
    }

    /** Whether a stale change came through If-Match (answered 412) rather than the body (409). */
    public static boolean viaHeader(String ifMatch) {
        return ifMatch != null && !ifMatch.isBlank();
    }

    /** Rethrows a stale version as the HTTP form the client used. */
    public static RuntimeException stale(StaleVersionException e, String ifMatch) {
        return viaHeader(ifMatch) ? new PreconditionFailedException(e) : e;
    }
}
