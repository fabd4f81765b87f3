package org.tandem.matching.internal;

import org.tandem.matching.internal.score.Reason;
import org.tandem.rest.api.Messages;

/** Matching's sentences for people (reasons, refusals), in English and German: one bundle with {@link Reason}. */
public final class Texts {
    public static final Messages TEXT = Reason.messages();

    private Texts() {
    }
}
