package org.tandem.feedback.internal;

import org.tandem.rest.api.Messages;

/** The feedback feature's sentences for people (why a result is withheld, CSV headers), in English and German. */
public final class Texts {
    public static final Messages TEXT = Messages.of(Texts.class, "org/tandem/feedback/internal/messages");

    private Texts() {
    }
}
