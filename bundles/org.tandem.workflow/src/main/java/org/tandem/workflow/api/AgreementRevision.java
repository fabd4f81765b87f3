package org.tandem.workflow.api;

import java.time.Instant;
import java.util.Set;

/**
 * One revision of a relationship's agreement in one iteration. Revision 1 is the first draft; a
 * change after anyone signed is an amendment: a new revision that everyone signs again.
 *
 * @param signedBy the members who signed this revision
 */
public record AgreementRevision(int iteration, int revision, AgreementContent content, String authorId,
        String changeNote, Instant createdAt, Set<String> signedBy) {

    public AgreementRevision {
        signedBy = Set.copyOf(signedBy);
    }
}
