package org.tandem.notifications.internal;

import static org.tandem.notifications.internal.Texts.TEXT;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.model.Person;
import org.tandem.model.Relationship;
import org.tandem.notifications.internal.store.Meetings;

/** A person's calendar feed: the meetings of their relationships and their deadlines. */
public final class Calendars {
    private Calendars() {
    }

    public static String feed(List<Meetings.Meeting> meetings, List<Meetings.Deadline> deadlines,
            List<Relationship> relationships, Map<String, Person> members, Locale l, Notifier notifier) {
        Map<String, Relationship> byId = new java.util.HashMap<>();
        relationships.forEach(r -> byId.put(r.id(), r));
        List<Invite> invites = meetings.stream().map(m -> {
            Relationship r = byId.get(m.relationshipId());
            return Calls.invite(m, "CANCELLED".equals(m.status()), r, members, Reactions.title(r, members));
        }).toList();
        List<Invitations.Due> due = deadlines.stream().map(d -> new Invitations.Due(d.cause(), summary(l, d),
                d.dueAt(), null)).toList();
        return Invitations.feed(invites, due, notifier.host());
    }

    /** A deadline's title; its key is {@code <message key>:<the thing's name>}. */
    private static String summary(Locale l, Meetings.Deadline d) {
        int colon = d.key().indexOf(':');
        String key = colon < 0 ? d.key() : d.key().substring(0, colon);
        String name = colon < 0 ? "" : d.key().substring(colon + 1);
        return TEXT.format(l, key, "form", name, "title", name, "course", name);
    }
}
