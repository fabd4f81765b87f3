package org.tandem.model;

import java.time.LocalDate;

/**
 * A mentoring program (a cohort): its model, whether it is formal, and when it runs. It belongs to
 * one tenant (an institution's platform registration); nobody outside that tenant sees it or anything
 * in it.
 *
 * @param id null until stored
 * @param version the optimistic-locking version; 0 until stored
 * @param tenant the tenant it belongs to; {@value #LOCAL_TENANT} for programs created in Tandem itself
 */
public record Program(String id, long version, String name, String description, MentoringModel model,
        boolean formal, LocalDate startsOn, LocalDate endsOn, String tenant) {
    /** The tenant of programs set up in Tandem itself rather than from a learning platform. */
    public static final String LOCAL_TENANT = "local";

    public Program {
        tenant = tenant == null || tenant.isBlank() ? LOCAL_TENANT : tenant;
    }

    /** A copy with the identity the store assigned. */
    public Program withIdentity(String newId, long newVersion) {
        return new Program(newId, newVersion, name, description, model, formal, startsOn, endsOn, tenant);
    }
}
