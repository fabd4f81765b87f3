package org.tandem.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a relationship's members must look like under its program's mentoring model. A mentee may
 * have several mentors: in one TEAM relationship, or across relationships (a developmental network).
 */
public final class RelationshipRules {
    private RelationshipRules() {
    }

    /** Checks the relationship on its own and against its program's mentoring model. */
    public static void check(Relationship r, MentoringModel model) {
        Checks checks = new Checks().text("title", r.title(), Validation.NAME_MAX, false)
                .period("startsOn", r.startsOn(), "endsOn", r.endsOn());
        checkMembers(r.members(), checks);
        checkModel(r, model, checks);
        checks.orThrow();
    }

    private static void checkMembers(List<Member> members, Checks checks) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String at = "members[" + i + "]";
            checks.text(at + ".personId", m.personId(), 64, true).required(at + ".role", m.role());
            if (m.personId() != null && !seen.add(m.personId())) {
                checks.rule(at + ".personId", "member-twice", "this person is already a member of the relationship");
            }
            if (m.role() == MemberRole.MENTEE && m.mentorRole() != null) {
                checks.rule(at + ".mentorRole", "mentor-role-of-mentee", "is only for mentors and peers, not for a mentee");
            } else if (m.role() != null && m.role() != MemberRole.MENTEE && m.mentorRole() == null) {
                checks.rule(at + ".mentorRole", "mentor-role-required", "is required for a " + m.role().name()
                        .toLowerCase() + " (CAREER, PSYCHOSOCIAL, RESEARCH, PEER or GENERAL)", "role", m.role().name());
            }
        }
    }

    private static void checkModel(Relationship r, MentoringModel model, Checks checks) {
        int mentees = r.membersWith(MemberRole.MENTEE).size();
        int mentors = r.membersWith(MemberRole.MENTOR).size();
        int peers = r.membersWith(MemberRole.PEER).size();
        String rule = switch (model) {
            case ONE_TO_ONE -> mentees == 1 && mentors == 1 && peers == 0
                    ? null : "a one-to-one relationship has exactly one mentee and one mentor";
            case TEAM -> mentees == 1 && mentors >= 1 && peers == 0
                    ? null : "a team relationship has exactly one mentee and one or more mentors";
            case GROUP -> mentees >= 1 && mentors >= 1 && peers == 0
                    ? null : "a group relationship has one or more mentors and one or more mentees";
            case PEER, CO_MENTORING -> peers >= 2 && mentees == 0 && mentors == 0
                    ? null : "a " + model.name().toLowerCase().replace('_', '-')
                            + " relationship has two or more members, all with the role PEER";
        };
        if (rule != null) {
            checks.rule("members", "model-members", rule + " (this program's model is " + model + ")", "model",
                    model.name());
        }
    }
}
