package org.tandem.rest.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a request's credentials into a {@link Caller}. Registered as a service by the bundle that
 * issues the credentials (the LTI bundle, for launch sessions). With no resolver, or none that
 * recognises the credentials, the request is anonymous, and resources that need a caller answer 401.
 */
@ConsumerType
public interface CallerResolver {

    /**
     * @param authorization the request's {@code Authorization} header, or null
     * @return the caller, or empty if these credentials are not this resolver's or not valid
     */
    Optional<Caller> resolve(String authorization);
}
