package org.tandem.features.internal;

import org.tandem.rest.api.Messages;

/** The feature switch's sentences for people, in English and German. */
final class Texts {
    static final Messages TEXT = Messages.of(Texts.class, "org/tandem/features/internal/messages");

    private Texts() {
    }
}
