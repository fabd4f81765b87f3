package org.tandem.rest.internal.resources;

import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;

/** A relationship member as JSON. */
public class MemberDto {
    public String personId;
    public MemberRole role;
    public MentorRole mentorRole;

    static MemberDto of(Member m) {
        MemberDto d = new MemberDto();
        d.personId = m.personId();
        d.role = m.role();
        d.mentorRole = m.mentorRole();
        return d;
    }

    Member toModel() {
        return new Member(personId, role, mentorRole);
    }
}
