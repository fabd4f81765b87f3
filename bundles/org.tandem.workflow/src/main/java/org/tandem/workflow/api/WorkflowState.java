package org.tandem.workflow.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.model.MemberRole;
import org.tandem.model.Relationship;

/**
 * What guards decide on: the relationship with its members, its phase and iteration, and what each
 * party has done so far. Guards from other bundles may look up more through their own services.
 *
 * @param version the optimistic-locking version of the workflow state
 * @param prepared the members who completed their preparation form
 * @param accepted the mentors who explicitly accepted the relationship
 * @param agreementSignedByAll whether every member signed the current version of the agreement
 * @param smartGoals how many SMART goals the development plan holds (dropped ones not counted)
 * @param openGoals how many of them have no outcome yet
 * @param reflected the members who wrote their closing reflection
 * @param names each member's display name, for messages
 * @param tenant the tenant of the relationship's program; nobody from another tenant sees it
 */
public record WorkflowState(Relationship relationship, Phase phase, int iteration, long version,
        Set<String> prepared, Set<String> accepted, boolean agreementSignedByAll, int smartGoals,
        int openGoals, Set<String> reflected, Map<String, String> names, String tenant) {

    public WorkflowState {
        prepared = Set.copyOf(prepared);
        accepted = Set.copyOf(accepted);
        reflected = Set.copyOf(reflected);
        names = Map.copyOf(names);
    }

    /** A member's display name, for messages. */
    public String nameOf(String personId) {
        return names.getOrDefault(personId, personId);
    }

    /** Whether the person is a member of the relationship. */
    public boolean isMember(String personId) {
        return allMembers().contains(personId);
    }

    /** The ids of the members with a role. */
    public List<String> members(MemberRole role) {
        return relationship.membersWith(role).stream().map(m -> m.personId()).toList();
    }

    /** The ids of all members. */
    public List<String> allMembers() {
        return relationship.members().stream().map(m -> m.personId()).toList();
    }
}
