package org.tandem.notifications.internal;

import org.tandem.rest.api.Messages;

/** What Tandem tells people (mail, inbox, calendar, the mail-link page), in English and German. */
public final class Texts {
    public static final Messages TEXT = Messages.of(Texts.class, "org/tandem/notifications/internal/messages");

    private Texts() {
    }
}
