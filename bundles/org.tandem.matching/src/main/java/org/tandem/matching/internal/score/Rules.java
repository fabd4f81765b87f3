package org.tandem.matching.internal.score;

import java.util.Set;
import org.tandem.model.MentorRole;

/**
 * The hard rules: a pair that breaks one is never proposed, whatever its score. No one mentors
 * themself; nobody is matched with a person they named as a conflict (their supervisor or a grader);
 * a pair either declined is not proposed again, nor a pair already working together; where the
 * program says so, mentor and mentee come from different departments; a mentor who states the kinds of
 * mentoring they give fills only slots of those kinds.
 *
 * @param declined pairs as {@code menteeId + "|" + mentorId}, declined by either
 * @param existing pairs as {@code menteeId + "|" + mentorId}, already in a relationship
 */
public record Rules(boolean otherDepartmentOnly, Set<String> declined, Set<String> existing) {

    public Rules {
        declined = Set.copyOf(declined);
        existing = Set.copyOf(existing);
    }

    public static String pair(String menteeId, String mentorId) {
        return menteeId + "|" + mentorId;
    }

    /** {@link #why} is null; checked first where it is cheap, since it runs for every pair of a program. */
    public boolean allowed(Traits mentee, MentorRole slot, Traits mentor) {
        if (slot != null && slot != MentorRole.GENERAL && !mentor.rolesOffered().isEmpty()
                && !mentor.rolesOffered().contains(slot)
                || otherDepartmentOnly && mentee.departmentKey != null
                        && mentee.departmentKey.equals(mentor.departmentKey)) {
            return false;
        }
        boolean anyNamed = !mentee.conflicts().isEmpty() || !mentor.conflicts().isEmpty() || !declined.isEmpty()
                || !existing.isEmpty();
        return anyNamed ? why(mentee, slot, mentor) == null : !mentee.personId().equals(mentor.personId());
    }

    /** Which rule the pair breaks, in words; null if none. */
    public String why(Traits mentee, MentorRole slot, Traits mentor) {
        if (mentee.personId().equals(mentor.personId())) {
            return Reason.messages().format("rule.self");
        }
        if (mentee.conflicts().contains(mentor.personId()) || mentor.conflicts().contains(mentee.personId())) {
            return Reason.messages().format("rule.conflict");
        }
        String key = pair(mentee.personId(), mentor.personId());
        if (declined.contains(key)) {
            return Reason.messages().format("rule.declined");
        }
        if (existing.contains(key)) {
            return Reason.messages().format("rule.existing");
        }
        if (otherDepartmentOnly && mentee.department() != null
                && mentee.department().equalsIgnoreCase(mentor.department())) {
            return Reason.messages().format("rule.department");
        }
        if (slot != null && slot != MentorRole.GENERAL && !mentor.rolesOffered().isEmpty()
                && !mentor.rolesOffered().contains(slot)) {
            return Reason.messages().format("rule.role", "role", slot.name());
        }
        return null;
    }
}
