package org.tandem.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationshipRulesTest {

    private static Relationship rel(Member... members) {
        return new Relationship(null, 0, "p1", null, List.of(members), null, null);
    }

    private static Member mentee(String id) {
        return new Member(id, MemberRole.MENTEE, null);
    }

    private static Member mentor(String id, MentorRole role) {
        return new Member(id, MemberRole.MENTOR, role);
    }

    private static Member peer(String id) {
        return new Member(id, MemberRole.PEER, MentorRole.PEER);
    }

    @Test
    void teamAllowsSeveralMentorsForOneMentee() {
        Relationship r = rel(mentee("a"), mentor("b", MentorRole.CAREER), mentor("c", MentorRole.PSYCHOSOCIAL));
        assertDoesNotThrow(() -> RelationshipRules.check(r, MentoringModel.TEAM));
    }

    @Test
    void oneToOneRejectsASecondMentorAndSaysWhy() {
        Relationship r = rel(mentee("a"), mentor("b", MentorRole.CAREER), mentor("c", MentorRole.RESEARCH));
        ValidationException e = assertThrows(ValidationException.class,
                () -> RelationshipRules.check(r, MentoringModel.ONE_TO_ONE));
        assertEquals("members", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("exactly one mentee and one mentor"));
    }

    @Test
    void groupNeedsMentorsAndMentees() {
        assertDoesNotThrow(() -> RelationshipRules.check(
                rel(mentor("m", MentorRole.GENERAL), mentee("a"), mentee("b"), mentee("c")),
                MentoringModel.GROUP));
        assertThrows(ValidationException.class,
                () -> RelationshipRules.check(rel(mentee("a"), mentee("b")), MentoringModel.GROUP));
    }

    @Test
    void peerAndCoMentoringTakeOnlyPeers() {
        assertDoesNotThrow(() -> RelationshipRules.check(rel(peer("a"), peer("b")), MentoringModel.PEER));
        assertDoesNotThrow(() -> RelationshipRules.check(rel(peer("a"), peer("b"), peer("c")),
                MentoringModel.CO_MENTORING));
        assertThrows(ValidationException.class, () -> RelationshipRules.check(
                rel(peer("a"), mentee("b")), MentoringModel.PEER));
    }

    @Test
    void mentorRoleIsRequiredForMentorsAndForbiddenForMentees() {
        Relationship r = rel(new Member("a", MemberRole.MENTEE, MentorRole.CAREER),
                new Member("b", MemberRole.MENTOR, null));
        ValidationException e = assertThrows(ValidationException.class,
                () -> RelationshipRules.check(r, MentoringModel.ONE_TO_ONE));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.contains("members[0].mentorRole"), fields.toString());
        assertTrue(fields.contains("members[1].mentorRole"), fields.toString());
    }

    @Test
    void aPersonCannotBeTwoMembers() {
        Relationship r = rel(mentee("a"), mentor("a", MentorRole.CAREER));
        ValidationException e = assertThrows(ValidationException.class,
                () -> RelationshipRules.check(r, MentoringModel.ONE_TO_ONE));
        assertEquals("members[1].personId", e.errors().get(0).field());
    }

    @Test
    void endBeforeStartIsRejected() {
        Relationship r = new Relationship(null, 0, "p1", null,
                List.of(mentee("a"), mentor("b", MentorRole.CAREER)),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 1));
        ValidationException e = assertThrows(ValidationException.class,
                () -> RelationshipRules.check(r, MentoringModel.ONE_TO_ONE));
        assertEquals("endsOn", e.errors().get(0).field());
    }
}
