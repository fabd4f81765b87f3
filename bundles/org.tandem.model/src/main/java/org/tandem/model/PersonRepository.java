package org.tandem.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Stores people; (issuer, subject) is unique. Deleting a person deletes their profile. */
@ProviderType
public interface PersonRepository extends Repository<Person> {

    Optional<Person> findByPlatformIdentity(String issuer, String subject);

    /** The people with these ids that exist, in one read (ids not found are left out). */
    List<Person> findAll(Collection<String> ids);
}
