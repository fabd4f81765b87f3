package org.tandem.lti.internal.launch;

import java.util.Set;

/**
 * A platform registration, keyed by (issuer, client id): every hosted Canvas shares one issuer, so the
 * client id tells the institutions apart. Deployments sit beneath it.
 *
 * @param id the registry's id for it
 * @param tenant the tenant whose programs this registration's launches reach
 * @param authLoginUrl the platform's OIDC authorisation endpoint (the login redirects there)
 * @param tokenUrl the platform's OAuth2 token endpoint (for NRPS and AGS); may be null
 * @param jwksUrl where the platform publishes the keys its launches are signed with
 */
public record Registration(String id, long version, String name, String issuer, String clientId, Set<String> deploymentIds,
        String tenant, String authLoginUrl, String tokenUrl, String jwksUrl) {
    public Registration {
        deploymentIds = Set.copyOf(deploymentIds);
    }

    /** For tests and the validator alone: a registration with only what validation reads. */
    public static Registration of(String issuer, String clientId, Set<String> deploymentIds, String tenant) {
        return new Registration(null, 0, null, issuer, clientId, deploymentIds, tenant, null, null, null);
    }

    /** A copy with the identity the store assigned. */
    public Registration withIdentity(String newId, long newVersion) {
        return new Registration(newId, newVersion, name, issuer, clientId, deploymentIds, tenant, authLoginUrl,
                tokenUrl, jwksUrl);
    }
}
