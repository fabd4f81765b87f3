package org.tandem.matching.internal.store;

import java.util.List;
import java.util.Set;
import org.tandem.model.MentorRole;

/**
 * What a participant adds for matching in one program, beyond their profile.
 *
 * @param rolesNeeded for a mentee: one mentor of each kind (several mentors, a developmental network)
 * @param rolesOffered for a mentor: the kinds of mentoring they give (empty: any)
 * @param conflicts people they must not be matched with: their supervisor, anyone who grades them
 * @param preferred people they would like to be matched with (opt-in)
 */
public record MatchProfile(String programId, String personId, long version, String department, List<String> languages,
        List<MentorRole> rolesNeeded, Set<MentorRole> rolesOffered, Set<String> conflicts, Set<String> preferred) {

    public MatchProfile {
        languages = List.copyOf(languages);
        rolesNeeded = List.copyOf(rolesNeeded);
        rolesOffered = Set.copyOf(rolesOffered);
        conflicts = Set.copyOf(conflicts);
        preferred = Set.copyOf(preferred);
    }

    public static MatchProfile empty(String programId, String personId) {
        return new MatchProfile(programId, personId, 0, null, List.of(), List.of(), Set.of(), Set.of(), Set.of());
    }
}
