package org.tandem.catalog.internal.rest;

import static org.tandem.catalog.internal.Texts.TEXT;

import javax.ws.rs.core.SecurityContext;
import org.tandem.catalog.internal.Course;
import org.tandem.model.ForbiddenException;
import org.tandem.model.NotFoundException;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.ProgramAccess;

/**
 * Who may do what in the catalog: everyone signed in reads it; the server's admin token manages the
 * shipped courses, an institution's administrators manage their own; a program's administrators set
 * its requirements and verify its people's completions; each person records their own.
 */
final class CatalogAccess {
    private final AdminGate gate;
    private final ProgramRepository programs;
    private final ParticipantRepository participants;

    CatalogAccess(AdminGate gate, ProgramRepository programs, ParticipantRepository participants) {
        this.gate = gate;
        this.programs = programs;
        this.participants = participants;
    }

    Asker who(String authorization, SecurityContext security) {
        return Asker.of(gate, authorization, security);
    }

    /** The tenant a new course of this asker belongs to. */
    String newCourseTenant(Asker who) {
        if (who.serverAdmin()) {
            return Course.SHIPPED;
        }
        if (!who.caller().tenantAdmin()) {
            throw new ForbiddenException(TEXT.format("access.add-courses"));
        }
        return who.caller().tenant();
    }

    void visible(Asker who, Course c) {
        if (!who.serverAdmin() && !Course.SHIPPED.equals(c.tenant()) && !c.tenant().equals(who.tenant())) {
            throw new NotFoundException("course", c.id());
        }
    }

    void manage(Asker who, Course c) {
        visible(who, c);
        if (who.serverAdmin()) {
            return;
        }
        if (Course.SHIPPED.equals(c.tenant())) {
            throw new ForbiddenException(TEXT.format("access.shipped-courses"));
        }
        if (!who.caller().tenantAdmin()) {
            throw new ForbiddenException(TEXT.format("access.change-courses"));
        }
    }

    /** The program, if the asker sees it (else not found), and may administer it (else forbidden). */
    Program administer(Asker who, String programId) {
        return ProgramAccess.administered(who, programs, programId);
    }

    Program program(Asker who, String programId) {
        return ProgramAccess.visible(who, programs, programId);
    }

    boolean self(Asker who, String personId) {
        return !who.serverAdmin() && who.caller().personId().equals(personId);
    }

    /** Whether the asker administers a program of their tenant the person takes part in. */
    boolean administersPersonOf(Asker who, String personId) {
        if (who.serverAdmin()) {
            return true;
        }
        return participants.programsOf(personId).stream().map(programs::find).flatMap(java.util.Optional::stream)
                .anyMatch(p -> ProgramAccess.administers(who, p));
    }

    void readPerson(Asker who, String personId) {
        if (!self(who, personId) && !administersPersonOf(who, personId)) {
            throw new ForbiddenException(TEXT.format("access.training"));
        }
    }
}
