package org.tandem.privacy.internal;

import java.util.List;
import org.tandem.model.ConflictException;
import org.tandem.rest.api.Asker;

/** Whom a program's administrator may erase: someone who is nowhere else and on no course roster any more. */
final class Participations {
    /** One program a person was recorded in. */
    record Row(String programId, String tenant, boolean active) {
    }

    private Participations() {
    }

    /** @throws ConflictException (409) saying why this administrator may not erase them, and who may */
    static void mayErase(Asker who, List<Row> rows) {
        long elsewhere = rows.stream().filter(r -> !r.tenant().equals(who.caller().tenant())
                || !who.caller().administers(r.programId())).count();
        if (elsewhere > 0) {
            throw new ConflictException("This person also takes part in " + elsewhere + " program(s) you do"
                    + " not administer, so erasing them would remove data that is not yours to remove. The server's"
                    + " administrator can erase them.");
        }
        long active = rows.stream().filter(Row::active).count();
        if (active > 0) {
            throw new ConflictException("This person is still on the course roster of " + active
                    + " program(s). Remove them from the course in the learning platform and synchronise the roster,"
                    + " or ask the server's administrator to erase them.");
        }
    }
}
