package org.tandem.workflow.internal.rest;

import static org.tandem.workflow.internal.Texts.TEXT;

import javax.ws.rs.core.SecurityContext;
import org.tandem.model.ForbiddenException;
import org.tandem.model.NotFoundException;
import org.tandem.rest.api.Caller;
import org.tandem.rest.api.Callers;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.workflow.api.WorkflowState;

/**
 * Who may read what over HTTP: the members of a relationship see it; a program administrator sees its
 * phase, history and health, never the members' own work (forms, agreement, plan, meetings, notes).
 */
final class Parties {
    private Parties() {
    }

    /**
     * The relationship's workflow state, for a signed-in caller only: an anonymous request gets 401
     * before anything is looked up, so it cannot tell which relationships exist.
     */
    static WorkflowState load(SecurityContext context, WorkflowService workflow, String relationshipId) {
        Callers.of(context);
        return workflow.state(relationshipId);
    }

    /**
     * The caller as an actor on this relationship. A caller from another tenant is told the
     * relationship does not exist: not even its existence crosses tenants.
     */
    static Actor actor(SecurityContext context, WorkflowState s) {
        Caller caller = Callers.of(context);
        if (!caller.tenant().equals(s.tenant())) {
            throw new NotFoundException("relationship", s.relationship().id());
        }
        return new Actor(caller.personId(), caller.administers(s.relationship().programId()));
    }

    /** The actor, if they are a member. */
    static Actor member(SecurityContext context, WorkflowState s) {
        Actor a = actor(context, s);
        if (!s.isMember(a.personId())) {
            throw new ForbiddenException(TEXT.format("access.members"));
        }
        return a;
    }

    /** The actor, if they are a member or administer the program. */
    static Actor memberOrAdmin(SecurityContext context, WorkflowState s) {
        Actor a = actor(context, s);
        if (!a.programAdmin() && !s.isMember(a.personId())) {
            throw new ForbiddenException(TEXT.format("access.members-and-admins"));
        }
        return a;
    }
}
