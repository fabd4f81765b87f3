package org.tandem.storage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The tool's database. Registered only once the schema is migrated, so a component that references
 * it can use its tables at once.
 */
@ProviderType
public interface Database {
    /** The service property with the {@link #kind()}. */
    String KIND_PROPERTY = "tandem.database.kind";

    /** {@code derby} or {@code postgresql}. */
    String kind();

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    <T> T inTransaction(SqlWork<T> work);

    /**
     * Brings the schema up to date with a Liquibase changelog. Safe to call from several nodes at once:
     * Liquibase's lock table serialises them.
     *
     * @param changelog the changelog's resource path, unique across bundles (e.g. {@code org/x/changelog.xml})
     * @param loader the class loader of the bundle that holds it
     */
    void migrate(String changelog, ClassLoader loader);
}
