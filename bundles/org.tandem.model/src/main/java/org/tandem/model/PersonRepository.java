package org.tandem.model;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Stores people; (issuer, subject) is unique. Deleting a person deletes their profile. */
@ProviderType
public interface PersonRepository extends Repository<Person> {

    Optional<Person> findByPlatformIdentity(String issuer, String subject);
}
