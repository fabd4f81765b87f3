package org.tandem.workflow.internal;

import org.tandem.rest.api.Messages;

/** The workflow's sentences for people (conditions still unmet, health signals), in English and German. */
public final class Texts {
    public static final Messages TEXT = Messages.of(Texts.class, "org/tandem/workflow/internal/messages");

    private Texts() {
    }
}
