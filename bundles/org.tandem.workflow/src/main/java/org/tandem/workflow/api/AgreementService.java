package org.tandem.workflow.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The mentoring agreement of a relationship's current iteration: drafted and signed while
 * Negotiating, amended (and signed again) while Enabling. Members write and sign; everything is
 * kept as history.
 */
@ProviderType
public interface AgreementService {

    Optional<AgreementRevision> current(String relationshipId);

    /** Every revision of every iteration, oldest first. */
    List<AgreementRevision> history(String relationshipId);

    /**
     * Stores a new revision.
     *
     * @param expectedRevision the revision the actor edited, 0 for the first draft
     * @throws org.tandem.model.StaleVersionException if someone wrote a newer revision meanwhile
     */
    AgreementRevision write(String relationshipId, Actor actor, AgreementContent content, String changeNote,
            int expectedRevision);

    /**
     * Signs the current revision; the actor names the revision they read, so nobody signs an amendment
     * unseen.
     *
     * @throws org.tandem.model.ValidationException naming the sections a signed agreement needs
     * @throws org.tandem.model.StaleVersionException if the agreement was amended since
     */
    AgreementRevision sign(String relationshipId, Actor actor, int revision);
}
