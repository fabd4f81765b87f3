package org.tandem.lti.internal;

import org.tandem.rest.api.Messages;

/** The LTI pages' sentences for people (why a launch was refused, what to do), in English and German. */
public final class Texts {
    public static final Messages TEXT = Messages.of(Texts.class, "org/tandem/lti/internal/messages");

    private Texts() {
    }
}
