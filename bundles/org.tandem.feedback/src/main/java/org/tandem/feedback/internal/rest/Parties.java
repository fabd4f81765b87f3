package org.tandem.feedback.internal.rest;

import static org.tandem.feedback.internal.Texts.TEXT;

import javax.ws.rs.core.SecurityContext;
import org.tandem.feedback.internal.form.Visibility;
import org.tandem.feedback.internal.store.Forms;
import org.tandem.model.ForbiddenException;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.NotFoundException;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.ProgramAccess;

/**
 * Who sees what of feedback. A form is answered only by those it is addressed to. A response is seen
 * by its author; a counterpart form's response also by the relationship's members of the other side
 * (the mentee's by the mentors, a mentor's by the mentee); nobody else, not the program's
 * administrators and not the admin token, ever sees a person's answers: they see aggregates over at
 * least k people, and only of aggregate-only forms.
 */
final class Parties {
    private final AdminGate gate;
    private final ProgramRepository programs;
    private final RelationshipRepository relationships;

    Parties(AdminGate gate, ProgramRepository programs, RelationshipRepository relationships) {
        this.gate = gate;
        this.programs = programs;
        this.relationships = relationships;
    }

    Asker who(String auth, SecurityContext sc) {
        return Asker.of(gate, auth, sc);
    }

    /** The person asking; the admin token has no answers and addresses no form. */
    String person(Asker who) {
        if (who.serverAdmin()) {
            throw new ForbiddenException(TEXT.format("access.people-only"));
        }
        return who.caller().personId();
    }

    /** The form, as not found for another tenant. */
    Forms.Form visible(Asker who, Forms forms, String formId) {
        Forms.Form f = forms.find(formId).orElseThrow(() -> new NotFoundException("feedback form", formId));
        if (!who.serverAdmin() && !who.caller().tenant().equals(f.tenant())
                && !who.caller().tenant().equals(programTenant(f.programId()))) {
            throw new NotFoundException("feedback form", formId);
        }
        return f;
    }

    Program administer(Asker who, String programId) {
        return ProgramAccess.administered(who, programs, programId);
    }

    /** Whether {@code viewer} may read {@code author}'s response to a form of this visibility. */
    boolean mayRead(String viewer, String author, Forms.Form f, Visibility v) {
        if (viewer.equals(author)) {
            return true;
        }
        if (v != Visibility.COUNTERPART || f.relationshipId() == null) {
            return false;
        }
        Relationship r = relationships.find(f.relationshipId()).orElse(null);
        if (r == null) {
            return false;
        }
        MemberRole a = role(r, author);
        MemberRole b = role(r, viewer);
        return a != null && b != null && (a == MemberRole.MENTEE) != (b == MemberRole.MENTEE);
    }

    private static MemberRole role(Relationship r, String person) {
        return r.members().stream().filter(m -> m.personId().equals(person)).map(Member::role).findFirst().orElse(null);
    }

    private String programTenant(String programId) {
        return programs.find(programId).map(Program::tenant).orElse(null);
    }
}
