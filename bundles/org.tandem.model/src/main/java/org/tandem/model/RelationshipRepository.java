package org.tandem.model;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores relationships. Writes check {@link RelationshipRules} against the program and, for each
 * mentor, the capacity in their profile, inside the same transaction.
 */
@ProviderType
public interface RelationshipRepository extends Repository<Relationship> {

    /** The relationships of one program. */
    Page<Relationship> listByProgram(String programId, PageRequest page);

    /** The relationships this person is a member of, oldest first (at most a few per person). */
    java.util.List<Relationship> withMember(String personId);
}
