package org.tandem.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class InvitationsTest {
    private static final Invite.Attendee ANA = new Invite.Attendee("Ana Mentor", "ana@uni.example");
    private static final Invite.Attendee BEN = new Invite.Attendee("Ben Mentee", "ben@uni.example");

    @Test
    void aRequestAndItsCancellationShareTheUidAndRaiseTheSequence() throws Exception {
        Instant at = Instant.parse("2027-01-12T14:30:00Z");
        Calendar request = parse(Invitations.invitation(new Invite("m1", 1, false, at, 45, "ONLINE", "Mentoring: A & B",
                ANA, List.of(ANA, BEN), "https://meet.uni.example/ana-ben"), "tandem.example"));
        Calendar cancel = parse(Invitations.invitation(new Invite("m1", 2, true, at, 45, "ONLINE", "Mentoring: A & B",
                ANA, List.of(ANA, BEN), null), "tandem.example"));
        assertEquals("REQUEST", request.getProperty("METHOD").orElseThrow().getValue());
        assertEquals("CANCEL", cancel.getProperty("METHOD").orElseThrow().getValue());
        VEvent a = request.<VEvent>getComponent("VEVENT").orElseThrow();
        VEvent b = cancel.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("meeting-m1@tandem.example", a.getProperty("UID").orElseThrow().getValue());
        assertEquals(a.getProperty("UID").orElseThrow().getValue(), b.getProperty("UID").orElseThrow().getValue());
        assertEquals("1", a.getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals("2", b.getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals("20270112T143000Z", a.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals(2, a.getProperties("ATTENDEE").size());
        assertEquals("https://meet.uni.example/ana-ben", a.getProperty("LOCATION").orElseThrow().getValue());
        assertTrue(b.getProperty("LOCATION").isEmpty());
        assertEquals("CANCELLED", b.getProperty("STATUS").orElseThrow().getValue());
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
