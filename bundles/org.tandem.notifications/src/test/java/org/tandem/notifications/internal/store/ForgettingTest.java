package org.tandem.notifications.internal.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.tandem.notifications.internal.Invitations;
import org.tandem.notifications.internal.Invite;

class ForgettingTest {
    private static final String NAME = "Anastasia Verylongname-Forgotten, PhD";
    private static final String EMAIL = "anastasia.verylongname-forgotten@faculty.example.edu";

    @Test
    void anInvitationLosesTheErasedAttendeeEvenWhereHerLineIsFolded() throws Exception {
        Invite.Attendee her = new Invite.Attendee(NAME, EMAIL);
        Invite.Attendee ben = new Invite.Attendee("Ben Partner", "ben@example.edu");
        String ics = folded(Invitations.invitation(new Invite("m1", 2, false, Instant.parse("2026-11-01T10:00:00Z"), 30,
                "VIDEO", "Mentoring: " + NAME + " and Ben", ben, List.of(her, ben), "Room 1"), "tandem.example"));
        assertTrue(ics.contains("\r\n "), "the test needs a folded line");
        assertFalse(ics.contains(NAME) && ics.contains(EMAIL), "her attendee line is split by the folding");
        String forgotten = Forgetting.calendar(ics, NAME, EMAIL);
        String unfolded = forgotten.replace("\r\n ", "");
        assertFalse(unfolded.contains("Anastasia"), forgotten);
        assertFalse(unfolded.toLowerCase().contains(EMAIL), forgotten);
        assertTrue(unfolded.contains("ben@example.edu"), forgotten);
        Calendar parsed = new CalendarBuilder().build(new StringReader(forgotten));
        VEvent event = (VEvent) parsed.getComponent("VEVENT").orElseThrow();
        assertTrue(event.getProperty("SUMMARY").orElseThrow().getValue().contains("a former participant"), forgotten);
        assertTrue(event.getProperties("ATTENDEE").size() == 1, forgotten);
    }

    /** As a mail client may store it: lines folded at 75 octets. */
    private static String folded(String ics) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        try (net.fortuna.ical4j.data.FoldingWriter w = new net.fortuna.ical4j.data.FoldingWriter(out)) {
            w.write(ics.replace("\r\n", "\n").replace("\n", "\r\n"));
        }
        return out.toString();
    }
}
