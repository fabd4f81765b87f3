package org.tandem.catalog.internal;

import org.tandem.rest.api.Messages;

/** The catalog's sentences for people (why a course is suggested or required), in English and German. */
public final class Texts {
    public static final Messages TEXT = Messages.of(Texts.class, "org/tandem/catalog/internal/messages");

    private Texts() {
    }
}
