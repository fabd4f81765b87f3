package org.tandem.workflow.internal.rest;

import static org.tandem.workflow.internal.Texts.TEXT;

import org.tandem.model.ValidationException;
import org.tandem.workflow.api.AgreementContent;
import org.tandem.workflow.api.Phase;

/** Request bodies of the workflow API that are not records of the workflow itself. */
public final class Bodies {
    private Bodies() {
    }

    /** The body, or a 400 naming it when the request had none. */
    static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", TEXT.format("input.body-required"));
        }
        return body;
    }

    /** Move to a phase; {@code version} is the workflow version read (or send If-Match). */
    public record TransitionRequest(Phase to, String reason, Long version) {
    }

    /** A new agreement revision; {@code revision} is the one edited, 0 for the first draft. */
    public record AgreementWrite(AgreementContent content, String changeNote, Integer revision) {
    }

    /** Sign the revision read. */
    public record Signature(Integer revision) {
    }

    public record Note(String note) {
    }

    public record ChallengeRequest(String title, String description) {
    }

    public record Resolution(String resolution, Long version) {
    }
}
