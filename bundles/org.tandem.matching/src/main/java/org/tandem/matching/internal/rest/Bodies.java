package org.tandem.matching.internal.rest;

import java.util.List;
import java.util.Map;
import org.tandem.model.MentorRole;

/** Request bodies of the matching API. */
public final class Bodies {
    private Bodies() {
    }

    public record SettingsBody(Long version, Map<String, Integer> weights, Boolean otherDepartmentOnly, Integer answerWithinDays,
            Integer candidatesPerSlot, Boolean fairness, Integer defaultCapacity) {
    }

    public record ProfileBody(Long version, String department, List<String> languages, List<MentorRole> rolesNeeded,
            List<MentorRole> rolesOffered, List<String> conflicts, List<String> preferred) {
    }

    /** A slot's new mentor (null: none), at the run's version read. */
    public record ProposalBody(String mentorId, Long version) {
    }

    public record Version(Long version) {
    }

    public record RequestBody(String mentorId, MentorRole role) {
    }
}
