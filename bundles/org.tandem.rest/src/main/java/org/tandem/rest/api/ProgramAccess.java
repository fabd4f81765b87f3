package org.tandem.rest.api;

import static org.tandem.rest.internal.Texts.TEXT;

import org.tandem.model.ForbiddenException;
import org.tandem.model.NotFoundException;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;

/**
 * The one rule every feature applies to a program named in a request: another institution's program
 * does not exist (404, so not even its existence crosses tenants); changing it needs its
 * administrators (a coordinator, the institution's LMS administrator, or the admin token).
 */
public final class ProgramAccess {
    private ProgramAccess() {
    }

    /** The program, if the asker's institution has it. */
    public static Program visible(Asker who, ProgramRepository programs, String programId) {
        Program p = programs.find(programId).orElseThrow(() -> new NotFoundException("program", programId));
        if (!who.serverAdmin() && !who.caller().tenant().equals(p.tenant())) {
            throw new NotFoundException("program", programId);
        }
        return p;
    }

    /** Whether the asker administers the program (of their own institution). */
    public static boolean administers(Asker who, Program p) {
        return who.serverAdmin() || who.caller().tenant().equals(p.tenant()) && who.caller().administers(p.id());
    }

    /** The program, if the asker administers it. */
    public static Program administered(Asker who, ProgramRepository programs, String programId) {
        Program p = visible(who, programs, programId);
        if (!administers(who, p)) {
            throw new ForbiddenException(TEXT.format("access.program-admins"));
        }
        return p;
    }
}
