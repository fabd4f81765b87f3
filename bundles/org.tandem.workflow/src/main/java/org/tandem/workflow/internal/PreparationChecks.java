package org.tandem.workflow.internal;

import org.tandem.model.Checks;
import org.tandem.model.MemberRole;
import org.tandem.model.Validation;
import org.tandem.workflow.api.PreparationForm;

/** What a complete preparation form holds, by the member's role in the relationship. */
final class PreparationChecks {
    private PreparationChecks() {
    }

    static void check(PreparationForm f, MemberRole role) {
        boolean seeks = role != MemberRole.MENTOR;
        boolean gives = role != MemberRole.MENTEE;
        int max = Validation.TEXT_MAX;
        new Checks().text("values", f.values(), max, false)
                .text("workStyle", f.workStyle(), max, false)
                .text("shortTermGoals", f.shortTermGoals(), max, seeks)
                .text("longTermGoals", f.longTermGoals(), max, seeks)
                .text("developmentNeeds", f.developmentNeeds(), max, false)
                .text("objectives", f.objectives(), max, seeks)
                .text("offers", f.offers(), max, gives)
                .range("capacity", f.capacity() == null ? 0 : f.capacity(), 0, Validation.MAX_MENTOR_CAPACITY)
                .text("preferredStyle", f.preferredStyle(), max, false)
                .range("fitRating", f.fitRating() == null ? 3 : f.fitRating(), 1, 5)
                .text("fitNotes", f.fitNotes(), max, false)
                .orThrow();
    }
}
