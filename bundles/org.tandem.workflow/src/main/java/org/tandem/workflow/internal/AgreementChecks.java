package org.tandem.workflow.internal;

import org.tandem.model.Checks;
import org.tandem.model.Validation;
import org.tandem.workflow.api.AgreementContent;

/** A draft's fields must each be sensible; a signed agreement must also be complete. */
final class AgreementChecks {
    private static final int MAX = Validation.TEXT_MAX;

    private AgreementChecks() {
    }

    static void draft(AgreementContent a) {
        fields(a, false).orThrow();
    }

    static void complete(AgreementContent a) {
        fields(a, true).orThrow();
    }

    private static Checks fields(AgreementContent a, boolean complete) {
        Checks c = new Checks().text("purpose", a.purpose(), MAX, complete)
                .text("goals", a.goals(), MAX, complete)
                .text("roles", a.roles(), MAX, complete)
                .text("confidentiality", a.confidentiality(), MAX, complete)
                .text("confidentialityExceptions", a.confidentialityExceptions(), MAX, false)
                .text("boundaries", a.boundaries(), MAX, false)
                .text("feedbackNorms", a.feedbackNorms(), MAX, false)
                .text("problemResolution", a.problemResolution(), MAX, complete)
                .period("startsOn", a.startsOn(), "endsOn", a.endsOn())
                .period("startsOn", a.startsOn(), "midpointReviewOn", a.midpointReviewOn())
                .range("meetingEveryDays", or(a.meetingEveryDays(), 7), 1, 365)
                .range("meetingMinutes", or(a.meetingMinutes(), 60), 5, 600)
                .range("responseHours", or(a.responseHours(), 24), 1, 24 * 30);
        if (complete) {
            c.required("meetingEveryDays", a.meetingEveryDays()).required("meetingMinutes", a.meetingMinutes())
                    .required("meetingMode", a.meetingMode());
        }
        return c;
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
