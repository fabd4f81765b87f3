package org.tandem.workflow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.workflow.api.HealthSignal;
import org.tandem.workflow.api.Meeting;
import org.tandem.workflow.api.MeetingKind;
import org.tandem.workflow.api.MeetingStatus;
import org.tandem.workflow.api.Phase;

/** Each health rule with a fixed clock. */
class HealthRulesTest {
    private static final Instant NOW = Instant.parse("2027-02-01T12:00:00Z");
    private static final Map<String, String> NAMES = Map.of("lena", "Dr Lena Fischer", "maya", "Maya Okafor");

    private static Meeting held(int daysAgo, String organizer, String logger, MeetingKind kind) {
        return new Meeting("m" + daysAgo, 1, kind, NOW.minus(daysAgo, ChronoUnit.DAYS), 45, null, null,
                MeetingStatus.HELD, null, null, organizer, logger);
    }

    private static List<String> codes(HealthRules.Inputs in) {
        return HealthRules.signals(in, NOW, HealthRules.Limits.DEFAULT).stream().map(HealthSignal::code).toList();
    }

    private static HealthRules.Inputs enabling(List<Meeting> meetings, Instant lastGoalUpdate) {
        return new HealthRules.Inputs(Phase.ENABLING, 14, null, NOW.minus(90, ChronoUnit.DAYS), meetings,
                lastGoalUpdate, NAMES);
    }

    @Test
    void aHealthyRelationshipHasNoSignal() {
        HealthRules.Inputs in = enabling(List.of(held(5, "maya", "maya", MeetingKind.REGULAR)),
                NOW.minus(3, ChronoUnit.DAYS));
        assertEquals(List.of(), codes(in));
        assertEquals("OK", HealthRules.status(List.of()));
    }

    @Test
    void meetingsBelowTheAgreedCadenceAreFlaggedWithTheNumbers() {
        List<HealthSignal> s = HealthRules.signals(enabling(List.of(held(30, "maya", "maya", MeetingKind.REGULAR)),
                NOW.minus(3, ChronoUnit.DAYS)), NOW, HealthRules.Limits.DEFAULT);
        assertEquals("meetings-below-cadence", s.get(0).code());
        assertEquals("No meeting held for 30 days; the agreement says every 14 days", s.get(0).message());
        assertEquals(List.of(), codes(enabling(List.of(held(20, "maya", "maya", MeetingKind.REGULAR)),
                NOW.minus(3, ChronoUnit.DAYS))));
    }

    @Test
    void noGoalUpdateForSixWeeksIsStale() {
        assertEquals(List.of("goals-stale"), codes(enabling(List.of(held(2, "maya", "maya", MeetingKind.REGULAR)),
                NOW.minus(43, ChronoUnit.DAYS))));
    }

    @Test
    void anOverdueMidpointReviewIsFlaggedUntilOneIsHeld() {
        HealthRules.Inputs due = new HealthRules.Inputs(Phase.ENABLING, null, LocalDate.of(2027, 1, 15),
                NOW.minus(10, ChronoUnit.DAYS), List.of(), null, NAMES);
        assertEquals(List.of("review-overdue"), codes(due));
        HealthRules.Inputs done = new HealthRules.Inputs(Phase.ENABLING, null, LocalDate.of(2027, 1, 15),
                NOW.minus(10, ChronoUnit.DAYS), List.of(held(3, "maya", "lena", MeetingKind.MIDPOINT_REVIEW)), null,
                NAMES);
        assertEquals(List.of(), codes(done));
    }

    @Test
    void onePersonDoingNearlyAllTheSchedulingIsOneSided() {
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            meetings.add(held(i, "lena", "lena", MeetingKind.REGULAR));
        }
        List<HealthSignal> s = HealthRules.signals(enabling(meetings, NOW), NOW, HealthRules.Limits.DEFAULT);
        assertEquals(List.of("one-sided"), s.stream().map(HealthSignal::code).toList());
        assertTrue(s.get(0).message().startsWith("Dr Lena Fischer scheduled or logged 5 of 5"), s.get(0).message());
        meetings.set(0, held(1, "maya", "maya", MeetingKind.REGULAR));
        assertEquals(List.of("one-sided"), codes(enabling(meetings, NOW)));
        meetings.set(1, held(2, "maya", "lena", MeetingKind.REGULAR));
        assertEquals(List.of(), codes(enabling(meetings, NOW)));
    }

    @Test
    void twoSignalsPutARelationshipAtRisk() {
        List<HealthSignal> two = HealthRules.signals(enabling(List.of(), NOW.minus(60, ChronoUnit.DAYS)), NOW,
                HealthRules.Limits.DEFAULT);
        assertEquals(List.of("meetings-below-cadence", "goals-stale"), two.stream().map(HealthSignal::code).toList());
        assertEquals("AT_RISK", HealthRules.status(two));
    }
}
