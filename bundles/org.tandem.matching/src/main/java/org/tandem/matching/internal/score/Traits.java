package org.tandem.matching.internal.score;

import java.util.List;
import java.util.Set;
import org.tandem.model.MentorRole;

/**
 * One person as the scorer sees them: their profile and matching preferences compiled against the
 * program's {@link Vocabulary}, with the set sizes counted once (the scorer compares millions of pairs).
 */
public final class Traits {
    private final String personId;
    private final int stage;
    private final long[] interests;
    private final long[] values;
    private final String workStyle;
    private final long[] availability;
    private final long[] languages;
    private final String department;
    private final List<MentorRole> rolesNeeded;
    private final Set<MentorRole> rolesOffered;
    private final Set<String> conflicts;
    private final Set<String> preferred;
    final int interestCount;
    final int valueCount;
    final int availabilityCount;
    final int languageCount;
    final String departmentKey;

    /**
     * @param stage the career step (0 undergraduate … 5 senior faculty), -1 when not on that ladder
     * @param interests a mentee's research areas and development needs; a mentor's research areas
     * @param rolesNeeded the kinds of mentoring a mentee seeks, one mentor each (empty: one mentor, any kind)
     * @param rolesOffered the kinds a mentor gives (empty: not stated, any)
     * @param conflicts people this person must not be matched with (their supervisor, a grader)
     * @param preferred people this person asked to be matched with
     */
    public Traits(String personId, int stage, long[] interests, long[] values, String workStyle, long[] availability,
            long[] languages, String department, List<MentorRole> rolesNeeded, Set<MentorRole> rolesOffered,
            Set<String> conflicts, Set<String> preferred) {
        this.personId = personId;
        this.stage = stage;
        this.interests = interests;
        this.values = values;
        this.workStyle = workStyle == null || workStyle.isBlank() ? null : Vocabulary.normal(workStyle);
        this.availability = availability;
        this.languages = languages;
        this.department = department;
        this.rolesNeeded = List.copyOf(rolesNeeded);
        this.rolesOffered = Set.copyOf(rolesOffered);
        this.conflicts = Set.copyOf(conflicts);
        this.preferred = Set.copyOf(preferred);
        this.interestCount = Vocabulary.count(interests);
        this.valueCount = Vocabulary.count(values);
        this.availabilityCount = Vocabulary.count(availability);
        this.languageCount = Vocabulary.count(languages);
        this.departmentKey = department == null ? null : Vocabulary.normal(department);
    }

    public String personId() {
        return personId;
    }

    public int stage() {
        return stage;
    }

    public long[] interests() {
        return interests;
    }

    public long[] values() {
        return values;
    }

    /** Normalised: lower case, single spaces. */
    public String workStyle() {
        return workStyle;
    }

    public long[] availability() {
        return availability;
    }

    public long[] languages() {
        return languages;
    }

    public String department() {
        return department;
    }

    public List<MentorRole> rolesNeeded() {
        return rolesNeeded;
    }

    public Set<MentorRole> rolesOffered() {
        return rolesOffered;
    }

    public Set<String> conflicts() {
        return conflicts;
    }

    public Set<String> preferred() {
        return preferred;
    }
}
