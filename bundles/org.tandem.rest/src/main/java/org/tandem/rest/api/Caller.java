package org.tandem.rest.api;

import java.util.Set;

/**
 * Who is asking, as established by a {@link CallerResolver} from the request's credentials (for
 * example an LTI launch session). Never taken from a request body.
 *
 * @param personId the person, as stored in the model
 * @param tenant the platform registration (LMS) the session belongs to; data of other tenants is never shown
 * @param tenantAdmin whether the person administers the tool for their whole institution
 * @param programsAdministered the programs this person coordinates
 */
public record Caller(String personId, String tenant, boolean tenantAdmin, Set<String> programsAdministered) {

    public Caller {
        programsAdministered = Set.copyOf(programsAdministered);
    }

    /** Whether the person administers this program (a tenant administrator administers them all). */
    public boolean administers(String programId) {
        return tenantAdmin || programsAdministered.contains(programId);
    }
}
