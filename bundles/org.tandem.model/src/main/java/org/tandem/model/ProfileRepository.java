package org.tandem.model;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Stores the one profile each person may have, keyed by the person's id. */
@ProviderType
public interface ProfileRepository {

    Optional<Profile> find(String personId);

    /**
     * Creates the profile (version 0 expected) or replaces it (the version last read expected).
     *
     * @throws NotFoundException if the person does not exist
     */
    Profile save(Profile profile);
}
