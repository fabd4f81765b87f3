package org.tandem.workflow.internal;

import static org.tandem.workflow.internal.Texts.TEXT;

import java.util.Arrays;
import java.util.Set;
import org.tandem.model.ConflictException;
import org.tandem.model.ForbiddenException;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.rest.api.Messages;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.WorkflowState;

/** Who may act on a relationship, and in which phases a piece of it may change. */
final class Access {
    private Access() {
    }

    /** The actor's role in the relationship; refused (the message {@code refusalKey}) if they are not a member. */
    static MemberRole member(WorkflowState s, Actor actor, String refusalKey) {
        return s.relationship().members().stream().filter(m -> m.personId().equals(actor.personId()))
                .map(Member::role).findFirst().orElseThrow(() -> new ForbiddenException(TEXT.format(refusalKey)));
    }

    static void party(WorkflowState s, Actor actor) {
        if (!actor.programAdmin() && !s.isMember(actor.personId())) {
            throw new ForbiddenException(TEXT.format("access.phase"));
        }
    }

    /** Refuses the change unless the phase is one allowed; {@code what} names it (a key of {@code phase.wrong}). */
    static void phase(WorkflowState s, String what, Phase... allowed) {
        if (!Set.of(allowed).contains(s.phase())) {
            throw new ConflictException(TEXT.format("phase.wrong", "what", what, "allowed", Messages.anyOf(Arrays
                    .stream(allowed).map(p -> TEXT.format("phase", "phase", p.name())).toList()), "phase", s.phase().name()));
        }
    }
}
