package org.tandem.model;

import org.osgi.annotation.versioning.ProviderType;

/** Stores programs. A program with relationships cannot be deleted. */
@ProviderType
public interface ProgramRepository extends Repository<Program> {

    /** The programs of one tenant (institution), by name. */
    Page<Program> listByTenant(String tenant, PageRequest page);
}
