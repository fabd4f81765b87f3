package org.tandem.privacy.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.model.ConflictException;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.Caller;

class ParticipationsTest {
    private static final Asker CORA = new Asker(new Caller("cora", "uni", false, Set.of("p1", "p2")));

    @Test
    void someoneWhoLeftEveryProgramTheCoordinatorRunsMayBeErased() {
        assertDoesNotThrow(() -> Participations.mayErase(CORA, List.of(new Participations.Row("p1", "uni", false),
                new Participations.Row("p2", "uni", false))));
    }

    @Test
    void someoneStillOnARosterIsNot() {
        ConflictException e = assertThrows(ConflictException.class, () -> Participations.mayErase(CORA, List.of(
                new Participations.Row("p1", "uni", false), new Participations.Row("p2", "uni", true))));
        assertTrue(e.getMessage().contains("still on the course roster of 1 program(s)"), e.getMessage());
    }

    @Test
    void someoneInAProgramTheCoordinatorDoesNotRunOrOfAnotherInstitutionIsNot() {
        for (Participations.Row elsewhere : List.of(new Participations.Row("p3", "uni", false),
                new Participations.Row("p1", "other-uni", false))) {
            ConflictException e = assertThrows(ConflictException.class, () -> Participations.mayErase(CORA, List.of(
                    new Participations.Row("p1", "uni", false), elsewhere)));
            assertTrue(e.getMessage().contains("1 program(s) you do not administer"), e.getMessage());
        }
    }

    @Test
    void anInstitutionsAdministratorMayEraseAcrossItsPrograms() {
        Asker admin = new Asker(new Caller("ida", "uni", true, Set.of()));
        assertDoesNotThrow(() -> Participations.mayErase(admin, List.of(new Participations.Row("p7", "uni", false))));
    }
}
