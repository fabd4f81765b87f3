package org.tandem.notifications.internal;

import java.util.List;
import java.util.Map;
import org.tandem.model.Person;
import org.tandem.model.Relationship;
import org.tandem.notifications.internal.store.Meetings;

/** Meetings as invitations: the organizer and every member of the relationship as attendees. */
public final class Calls {
    private Calls() {
    }

    static Invite invite(Meetings.Meeting m, boolean cancelled, Relationship r, Map<String, Person> members,
            String title) {
        Person organizer = members.get(m.organizerId());
        List<Invite.Attendee> attendees = r.members().stream().map(x -> members.get(x.personId()))
                .filter(p -> p != null).map(Calls::attendee).toList();
        return new Invite(m.id(), m.sequence(), cancelled, m.startsAt(), m.minutes(), m.mode(),
                Texts.TEXT.format(java.util.Locale.ENGLISH, "calendar.summary", "title", title),
                organizer == null ? null : attendee(organizer), attendees, m.location());
    }

    private static Invite.Attendee attendee(Person p) {
        return new Invite.Attendee(p.displayName(), p.email() == null || p.email().isBlank() ? null : p.email().trim());
    }
}
