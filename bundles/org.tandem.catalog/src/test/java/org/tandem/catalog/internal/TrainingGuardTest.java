package org.tandem.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;
import org.tandem.model.Relationship;
import org.tandem.workflow.api.Condition;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.WorkflowState;

class TrainingGuardTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final WorkflowState PAIR = new WorkflowState(new Relationship("r", 1, "p", null, List.of(
            new Member("ana", MemberRole.MENTEE, null), new Member("ben", MemberRole.MENTOR, MentorRole.RESEARCH)),
            null, null), Phase.NEGOTIATING, 1, 1, Set.of(), Set.of(), true, 1, 1, Set.of(),
            Map.of("ana", "Ana", "ben", "Dr Ben"), "t");
    private static final Requirement MENTORS_EM = new Requirement("q", "p", "em", Course.Audience.MENTORS,
            Requirement.Kind.REQUIRED_BEFORE_ENABLING, false);

    @Test
    void aMentorWithoutTheCourseIsNamedWithTheCourse() {
        List<Condition> unmet = TrainingGuard.missing(PAIR, List.of(MENTORS_EM), p -> List.of(),
                id -> "Entering Mentoring", TODAY);
        assertEquals(1, unmet.size());
        assertEquals("Dr Ben has not completed Entering Mentoring, which the program requires before Enabling.",
                unmet.get(0).message());
    }

    @Test
    void aValidCompletionMeetsItAnExpiredOneDoesNot() {
        Completion valid = completion("em", Completion.Status.SELF_REPORTED, TODAY.plusDays(1));
        Completion expired = completion("em", Completion.Status.VERIFIED, TODAY.minusDays(1));
        assertEquals(List.of(), TrainingGuard.missing(PAIR, List.of(MENTORS_EM), p -> List.of(valid), id -> "EM", TODAY));
        assertEquals(1, TrainingGuard.missing(PAIR, List.of(MENTORS_EM), p -> List.of(expired), id -> "EM", TODAY)
                .size());
    }

    @Test
    void verifiedOnlyIgnoresSelfReportsAndMenteeRequirementsSkipMentors() {
        Requirement verified = new Requirement("q", "p", "em", Course.Audience.MENTORS,
                Requirement.Kind.REQUIRED_BEFORE_ENABLING, true);
        Completion self = completion("em", Completion.Status.SELF_REPORTED, null);
        assertEquals(1, TrainingGuard.missing(PAIR, List.of(verified), p -> List.of(self), id -> "EM", TODAY).size());
        Requirement mentees = new Requirement("q2", "p", "up", Course.Audience.MENTEES,
                Requirement.Kind.REQUIRED_BEFORE_ENABLING, false);
        List<Condition> unmet = TrainingGuard.missing(PAIR, List.of(mentees), p -> List.of(), id -> "Mentoring Up",
                TODAY);
        assertEquals(List.of("Ana has not completed Mentoring Up, which the program requires before Enabling."),
                unmet.stream().map(Condition::message).toList());
    }

    private static Completion completion(String course, Completion.Status status, LocalDate expires) {
        return new Completion("c", 1, "ben", course, TODAY.minusMonths(1), null, status, "ben", null, expires);
    }
}
