package org.tandem.workflow.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.model.FieldError;
import org.tandem.model.MemberRole;
import org.tandem.model.ValidationException;
import org.tandem.workflow.api.PreparationForm;

class PreparationChecksTest {
    private static final PreparationForm MENTEE = new PreparationForm("honesty", "structured", "publish a paper",
            "lead a lab", "grant writing", "learn to supervise", null, null, null, 4, "shared interests");
    private static final PreparationForm MENTOR = new PreparationForm(null, null, null, null, null, null,
            "career advice, network", 2, "monthly, in person", null, null);

    @Test
    void aMenteeStatesGoalsAndObjectivesAMentorWhatTheyOffer() {
        assertDoesNotThrow(() -> PreparationChecks.check(MENTEE, MemberRole.MENTEE));
        assertDoesNotThrow(() -> PreparationChecks.check(MENTOR, MemberRole.MENTOR));
        ValidationException e = assertThrows(ValidationException.class,
                () -> PreparationChecks.check(MENTOR, MemberRole.MENTEE));
        assertEquals(List.of("shortTermGoals", "longTermGoals", "objectives"),
                e.errors().stream().map(FieldError::field).toList());
        ValidationException m = assertThrows(ValidationException.class,
                () -> PreparationChecks.check(MENTEE, MemberRole.MENTOR));
        assertEquals("offers", m.errors().get(0).field());
    }

    @Test
    void aPeerDoesBothAndTheFitRatingIsOneToFive() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> PreparationChecks.check(MENTEE, MemberRole.PEER));
        assertEquals("offers", e.errors().get(0).field());
        PreparationForm badFit = new PreparationForm(null, null, null, null, null, null, "time", null, null, 9, null);
        assertEquals("fitRating", assertThrows(ValidationException.class,
                () -> PreparationChecks.check(badFit, MemberRole.MENTOR)).errors().get(0).field());
    }
}
