package org.tandem.rest.api;

import static org.tandem.rest.internal.Texts.TEXT;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Whether a request carries the server's admin token, the credential of whoever runs the Tandem
 * server (above every tenant): it registers learning platforms and switches features. Resources
 * that need it call {@link #require}.
 */
@ProviderType
public interface AdminGate {

    /** @param authorization the request's {@code Authorization} header, or null */
    boolean admits(String authorization);

    /** @throws NotAuthenticatedException unless the header carries the admin token */
    default void require(String authorization) {
        if (!admits(authorization)) {
            throw new NotAuthenticatedException(TEXT.format("auth.admin-token"));
        }
    }
}
