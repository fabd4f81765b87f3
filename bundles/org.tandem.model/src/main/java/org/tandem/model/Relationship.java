package org.tandem.model;

import java.time.LocalDate;
import java.util.List;

/** A mentoring relationship in a program, with its members and their roles. */
public record Relationship(String id, long version, String programId, String title, List<Member> members,
        LocalDate startsOn, LocalDate endsOn) {

    public Relationship {
        members = List.copyOf(members);
    }

    /** A copy with the identity the store assigned. */
    public Relationship withIdentity(String newId, long newVersion) {
        return new Relationship(newId, newVersion, programId, title, members, startsOn, endsOn);
    }

    /** The members with the given role. */
    public List<Member> membersWith(MemberRole role) {
        return members.stream().filter(m -> m.role() == role).toList();
    }
}
