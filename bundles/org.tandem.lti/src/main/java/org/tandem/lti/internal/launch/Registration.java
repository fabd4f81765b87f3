package org.tandem.lti.internal.launch;

import java.util.Set;

/**
 * A platform registration, keyed by (issuer, client id): every hosted Canvas shares one issuer.
 *
 * @param tenant the tenant whose programs this registration's launches reach
 */
record Registration(String issuer, String clientId, Set<String> deploymentIds, String tenant) {
    Registration {
        deploymentIds = Set.copyOf(deploymentIds);
    }
}
