package org.tandem.model;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** Who takes part in which program. One row per (program, person). */
@ProviderType
public interface ParticipantRepository {

    /**
     * Records what the platform says about a person in a program: coordinator, mentee, test user and
     * active are replaced; {@code mentor} is only ever added (mentors are assigned in Tandem); the
     * platform's roles are kept from before when none are given.
     */
    Participant record(Participant fromPlatform);

    /** The program's participants, coordinators first, then by name. */
    List<Participant> inProgram(String programId);

    /**
     * The programs this person takes part in, in any capacity (active participation only); a person
     * recorded without any capacity (an unplaced one) takes part in none.
     */
    Set<String> programsOf(String personId);

    /** Every active participation of this person, placed or not (model 1.4). */
    List<Participant> ofPerson(String personId);

    /** The programs this person coordinates (and still takes part in). */
    Set<String> coordinatedBy(String personId);

    /** Marks everyone in the program not in {@code stillPresent} as no longer active; returns how many. */
    int deactivateAllBut(String programId, Set<String> stillPresent);
}
