package org.tandem.privacy.internal;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * An erasure's record as the API shows it.
 *
 * @param actorKind {@code admin-token} or {@code coordinator}
 * @param rowsChanged rows the register's steps deleted or cleared (each feature's own erasure besides)
 * @param again whether this request found the person already erased (nothing changed)
 */
public record ErasureBody(String personId, String erasedAt, String actorKind, String actorId, String tenant,
        int rowsChanged, boolean again) {

    static ErasureBody of(Eraser.Erasure e) {
        return new ErasureBody(e.personId(), e.erasedAt().toString(), e.actorKind(), e.actorId(), e.tenant(),
                e.rowsChanged(), e.again());
    }

    static Response reply(Eraser.Erasure e) {
        return Response.ok(of(e), MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
    }
}
