package org.tandem.workflow.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.model.ConflictException;
import org.tandem.model.ForbiddenException;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.WorkflowState;

/** Who may act on a relationship, and in which phases a piece of it may change. */
final class Access {
    private Access() {
    }

    /** The actor's role in the relationship; refused if they are not a member. */
    static MemberRole member(WorkflowState s, Actor actor, String refusal) {
        return s.relationship().members().stream().filter(m -> m.personId().equals(actor.personId()))
                .map(Member::role).findFirst().orElseThrow(() -> new ForbiddenException(refusal));
    }

    static void party(WorkflowState s, Actor actor) {
        if (!actor.programAdmin() && !s.isMember(actor.personId())) {
            throw new ForbiddenException("Only the members of this relationship and the administrators of its"
                    + " program can change its phase.");
        }
    }

    static void phase(WorkflowState s, String what, Phase... allowed) {
        if (!Set.of(allowed).contains(s.phase())) {
            throw new ConflictException(what + " can change only while the relationship is "
                    + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or ")) + "; it is "
                    + s.phase() + ".");
        }
    }
}
