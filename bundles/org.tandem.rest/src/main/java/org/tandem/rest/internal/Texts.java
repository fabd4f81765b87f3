package org.tandem.rest.internal;

import org.tandem.rest.api.Messages;

/** The REST platform's sentences for people (problem titles, access and input errors), in English and German. */
public final class Texts {
    public static final Messages TEXT = Messages.of(Texts.class, "org/tandem/rest/internal/messages");

    private Texts() {
    }
}
