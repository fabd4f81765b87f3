package org.tandem.storage;

import java.util.List;
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
     * Brings a module's tables up to date: applies each script not yet applied, in order, all in one
     * transaction. Safe to call from several nodes at once (they wait for each other). Scripts hold
     * portable SQL, one statement per {@code ;} at the end of a line; a shipped script never changes
     * (its checksum is checked), a later change is a new script at the end of the list.
     *
     * @param module a name unique to the calling bundle, e.g. its symbolic name
     * @param loader the class loader of the bundle that holds the scripts
     * @param scripts the scripts' resource paths, oldest first; their position is their version
     */
    void migrate(String module, ClassLoader loader, List<String> scripts);

    /** The connection pool's state now. */
    PoolStats pool();
}
