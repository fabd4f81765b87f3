package org.tandem.notifications.internal;

import java.util.Map;

/**
 * One thing to tell one person: what happened (a message key and its values, never private content),
 * where to see it in the app, and for meetings the calendar invitation.
 *
 * @param cause what caused it, unique per person: the same cause never notifies twice
 * @param link the app's route to what it is about, e.g. {@code #/relationship/42}
 */
public record Notice(String personId, Category category, String cause, String key, Map<String, Object> args,
        String link, Invite invite) {

    public Notice(String personId, Category category, String cause, String key, Map<String, Object> args,
            String link) {
        this(personId, category, cause, key, args, link, null);
    }
}
