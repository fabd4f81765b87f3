package org.tandem.notifications.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545) objects built with ical4j: an invitation per meeting (METHOD:REQUEST, or
 * CANCEL when it is called off) whose UID stays the same for the meeting's whole life and whose
 * SEQUENCE rises with every change, and a person's feed (METHOD:PUBLISH) of meetings and deadlines.
 * Times are in UTC, which every calendar shows in its reader's own zone.
 */
public final class Invitations {
    private static final String PRODUCT = "-//Tandem//Mentoring//EN";

    /** A deadline in a feed: a title and when it is due. */
    public record Due(String uid, String summary, Instant dueAt, String url) {
    }

    private Invitations() {
    }

    /** The UID of a meeting's events: the same in every invitation and in the feed. */
    public static String uid(String meetingId, String host) {
        return "meeting-" + meetingId + "@" + host;
    }

    public static String invitation(Invite invite, String host) {
        return inBundle(() -> {
            Calendar cal = calendar(invite.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
            cal.add(event(invite, host));
            return cal.toString();
        });
    }

    public static String feed(List<Invite> meetings, List<Due> deadlines, String host) {
        return inBundle(() -> feedOf(meetings, deadlines, host));
    }

    /**
     * Runs ical4j with this bundle as the thread's context class loader: ical4j finds its factories and
     * validators with {@code ServiceLoader}, which reads the context loader, and in OSGi that is not ours.
     */
    private static String inBundle(java.util.function.Supplier<String> work) {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(Invitations.class.getClassLoader());
        try {
            return work.get();
        } finally {
            t.setContextClassLoader(before);
        }
    }

    private static String feedOf(List<Invite> meetings, List<Due> deadlines, String host) {
        Calendar cal = calendar(ImmutableMethod.PUBLISH);
        for (Invite m : meetings) {
            cal.add(event(m, host));
        }
        Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (Due d : deadlines) {
            VEvent e = new VEvent(d.dueAt().truncatedTo(ChronoUnit.SECONDS), Duration.ofMinutes(15), d.summary());
            e.add(new Uid(d.uid() + "@" + host));
            e.add(new DtStamp(stamp));
            if (d.url() != null) {
                e.add(new Url(URI.create(d.url())));
            }
            cal.add(e);
        }
        return cal.toString();
    }

    private static Calendar calendar(Property method) {
        Calendar cal = new Calendar();
        cal.add(new ProdId(PRODUCT));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(method);
        return cal;
    }

    private static VEvent event(Invite invite, String host) {
        VEvent e = new VEvent(invite.startsAt().truncatedTo(ChronoUnit.SECONDS), Duration.ofMinutes(invite.minutes()),
                invite.summary());
        e.add(new Uid(uid(invite.meetingId(), host)));
        e.add(new Sequence(invite.sequence()));
        e.add(new DtStamp(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        e.add(invite.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (invite.location() != null && !invite.location().isBlank()) {
            e.add(new net.fortuna.ical4j.model.property.Location(invite.location()));
        }
        if (invite.organizer() != null && invite.organizer().email() != null) {
            Organizer o = new Organizer(URI.create("mailto:" + invite.organizer().email()));
            o.add(new Cn(invite.organizer().name()));
            e.add(o);
        }
        for (Invite.Attendee a : invite.attendees()) {
            if (a.email() != null) {
                Attendee at = new Attendee(URI.create("mailto:" + a.email()));
                at.add(new Cn(a.name()));
                at.add(Role.REQ_PARTICIPANT);
                at.add(PartStat.NEEDS_ACTION);
                at.add(Rsvp.TRUE);
                e.add(at);
            }
        }
        return e;
    }
}
