package org.tandem.model;

import org.osgi.annotation.versioning.ProviderType;

/** Stores programs. A program with relationships cannot be deleted. */
@ProviderType
public interface ProgramRepository extends Repository<Program> {
}
