package org.tandem.lti.internal.admin;

import java.util.List;

/**
 * A platform registration as the admin API reads and writes it.
 *
 * @param tenant optional at creation (default: the issuer's host and the client id); never changed later
 * @param version read only; send it back in If-Match or here
 * @param lastLaunchAt read only: the last successful launch from this platform (to the minute), or null
 */
public record PlatformBody(String id, Long version, String name, String issuer, String clientId,
        List<String> deploymentIds, String tenant, String authLoginUrl, String tokenUrl, String jwksUrl, String lastLaunchAt) {
}
