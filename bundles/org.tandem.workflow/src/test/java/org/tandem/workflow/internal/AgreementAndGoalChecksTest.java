package org.tandem.workflow.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.model.FieldError;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;
import org.tandem.model.Relationship;
import org.tandem.model.ValidationException;
import org.tandem.workflow.api.AgreementContent;
import org.tandem.workflow.api.GoalStatus;
import org.tandem.workflow.api.MeetingMode;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.SmartGoal;
import org.tandem.workflow.api.WorkflowState;

class AgreementAndGoalChecksTest {
    static final AgreementContent COMPLETE = new AgreementContent("Grow as an independent researcher",
            "See the development plan", "Maya sets agendas; Lena gives career advice", 14, 45, MeetingMode.VIDEO, 48,
            LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31), LocalDate.of(2027, 3, 1),
            "What we discuss stays between us", "Risk of harm; research misconduct", "No grading of Maya's work",
            "Feedback each month, both ways", "Talk first; either may end the relationship without blame");

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aDraftMayBePartialButASignedAgreementMustBeComplete() {
        AgreementContent draft = new AgreementContent("Grow", null, null, 14, null, null, null, null, null, null,
                null, null, null, null, null);
        assertDoesNotThrow(() -> AgreementChecks.draft(draft));
        ValidationException e = assertThrows(ValidationException.class, () -> AgreementChecks.complete(draft));
        assertEquals(List.of("goals", "roles", "confidentiality", "problemResolution", "meetingMinutes",
                "meetingMode"), fields(e));
        assertDoesNotThrow(() -> AgreementChecks.complete(COMPLETE));
    }

    @Test
    void datesAndLogisticsMustMakeSense() {
        AgreementContent odd = new AgreementContent("p", "g", "r", 0, 1000, MeetingMode.PHONE, 24,
                LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1), "c", null, null, null,
                "p");
        assertEquals(List.of("endsOn", "midpointReviewOn", "meetingEveryDays", "meetingMinutes"),
                fields(assertThrows(ValidationException.class, () -> AgreementChecks.draft(odd))));
    }

    @Test
    void aGoalIsSmartAndOwnedByAMember() {
        WorkflowState s = new WorkflowState(new Relationship("r", 1, "p", null, List.of(
                new Member("maya", MemberRole.MENTEE, null), new Member("lena", MemberRole.MENTOR, MentorRole.CAREER)),
                null, null), Phase.NEGOTIATING, 1, 1, Set.of(), Set.of(), false, 0, 0, Set.of(), Map.of(), "local");
        SmartGoal good = new SmartGoal(null, 0, "Submit a first-author paper", "Accepted for review by a journal",
                "Draft by March", "Writing group", "Needed for faculty jobs", "maya", LocalDate.of(2027, 6, 30), 0,
                GoalStatus.OPEN);
        assertDoesNotThrow(() -> GoalChecks.check(good, s));
        SmartGoal vague = new SmartGoal(null, 0, "Be better", null, null, null, null, "olga", null, 120, null);
        assertEquals(List.of("measure", "dueOn", "progress", "ownerId"),
                fields(assertThrows(ValidationException.class, () -> GoalChecks.check(vague, s))));
    }
}
