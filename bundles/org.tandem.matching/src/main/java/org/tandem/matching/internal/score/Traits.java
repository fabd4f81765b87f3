package org.tandem.matching.internal.score;

import java.util.List;
import java.util.Set;
import org.tandem.model.MentorRole;

/**
 * One person as the scorer sees them: their profile and matching preferences compiled against the
 * program's {@link Vocabulary}.
 *
 * @param stage the career step (0 undergraduate … 5 senior faculty), -1 when not on that ladder
 * @param interests a mentee's research areas and development needs; a mentor's research areas
 * @param rolesNeeded the kinds of mentoring a mentee seeks, one mentor each (empty: one mentor, any kind)
 * @param rolesOffered the kinds a mentor gives (empty: not stated, any)
 * @param conflicts people this person must not be matched with (their supervisor, a grader)
 * @param preferred people this person asked to be matched with
 */
public record Traits(String personId, int stage, long[] interests, long[] values, String workStyle,
        long[] availability, long[] languages, String department, List<MentorRole> rolesNeeded,
        Set<MentorRole> rolesOffered, Set<String> conflicts, Set<String> preferred) {

    public Traits {
        rolesNeeded = List.copyOf(rolesNeeded);
        rolesOffered = Set.copyOf(rolesOffered);
        conflicts = Set.copyOf(conflicts);
        preferred = Set.copyOf(preferred);
    }
}
