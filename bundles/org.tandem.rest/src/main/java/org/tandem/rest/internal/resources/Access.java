package org.tandem.rest.internal.resources;

import static org.tandem.rest.internal.Texts.TEXT;

import javax.ws.rs.core.SecurityContext;
import org.tandem.model.ForbiddenException;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.ProgramAccess;

/**
 * Who may use the core model API. The server's admin token may do anything. A signed-in caller (an
 * LTI launch session) sees programs of their own tenant they take part in or administer, and the
 * people in the programs they administer; they change only what they administer, and their own
 * person and profile. Anything of another tenant is "not found". Anonymous requests get 401.
 */
final class Access {
    private final AdminGate gate;
    private final ProgramRepository programs;
    private final ParticipantRepository participants;

    Access(AdminGate gate, ProgramRepository programs, ParticipantRepository participants) {
        this.gate = gate;
        this.programs = programs;
        this.participants = participants;
    }

    /** @throws org.tandem.rest.api.NotAuthenticatedException without the admin token or a session */
    Asker who(String authorization, SecurityContext security) {
        return Asker.of(gate, authorization, security);
    }

    void serverAdminOnly(Asker who, String what) {
        if (!who.serverAdmin()) {
            throw new ForbiddenException(TEXT.format("access.server-admins", "what", what));
        }
    }

    /** The program, if the asker may see it exists at all (same tenant). */
    Program program(Asker who, String id) {
        return ProgramAccess.visible(who, programs, id);
    }

    Program readProgram(Asker who, String id) {
        Program p = program(who, id);
        if (!administers(who, p) && !takesPart(who.caller().personId(), p.id())) {
            throw new ForbiddenException(TEXT.format("access.program-members"));
        }
        return p;
    }

    Program administerProgram(Asker who, String id) {
        return ProgramAccess.administered(who, programs, id);
    }

    /** A tenant's administrators create programs, in their own tenant. */
    void createProgram(Asker who) {
        if (!who.serverAdmin() && !who.caller().tenantAdmin()) {
            throw new ForbiddenException(TEXT.format("access.program-create"));
        }
    }

    /** Oneself, or someone taking part in a program the asker administers. */
    void readPerson(Asker who, String personId) {
        if (who.serverAdmin() || who.caller().personId().equals(personId)) {
            return;
        }
        for (String programId : participants.programsOf(personId)) {
            if (programs.find(programId).map(p -> administers(who, p)).orElse(false)) {
                return;
            }
        }
        throw new ForbiddenException(TEXT.format("access.people"));
    }

    void changePerson(Asker who, String personId) {
        if (!who.serverAdmin() && !who.caller().personId().equals(personId)) {
            throw new ForbiddenException(TEXT.format("access.own-profile"));
        }
    }

    boolean administers(Asker who, Program p) {
        return ProgramAccess.administers(who, p);
    }

    private boolean takesPart(String personId, String programId) {
        return participants.programsOf(personId).contains(programId);
    }
}
