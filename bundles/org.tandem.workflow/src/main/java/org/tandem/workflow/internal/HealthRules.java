package org.tandem.workflow.internal;

import static org.tandem.workflow.internal.Texts.TEXT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.workflow.api.HealthSignal;
import org.tandem.workflow.api.Meeting;
import org.tandem.workflow.api.MeetingKind;
import org.tandem.workflow.api.MeetingStatus;
import org.tandem.workflow.api.Phase;

/** The health signals (issue 3), decided on plain inputs so that every rule is tested with a fixed clock. */
final class HealthRules {
    /** What the rules look at. {@code enablingSince} is null if the relationship never reached Enabling. */
    record Inputs(Phase phase, Integer meetingEveryDays, LocalDate midpointReviewOn, Instant enablingSince,
            List<Meeting> meetings, Instant lastGoalUpdate, Map<String, String> names) {
    }

    /** Thresholds an administrator can tune. */
    record Limits(double cadenceTolerance, int goalStaleWeeks, int oneSidedMinimum, double oneSidedShare) {
        static final Limits DEFAULT = new Limits(1.5, 6, 4, 0.8);
    }

    private HealthRules() {
    }

    static List<HealthSignal> signals(Inputs in, Instant now, Limits limits) {
        List<HealthSignal> signals = new ArrayList<>();
        if (in.phase() == Phase.ENABLING && in.enablingSince() != null) {
            cadence(in, now, limits, signals);
            goals(in, now, limits, signals);
        }
        review(in, now, signals);
        oneSided(in, limits, signals);
        return signals;
    }

    static String status(List<HealthSignal> signals) {
        return signals.isEmpty() ? "OK" : signals.size() == 1 ? "ATTENTION" : "AT_RISK";
    }

    private static void cadence(Inputs in, Instant now, Limits limits, List<HealthSignal> out) {
        if (in.meetingEveryDays() == null) {
            return;
        }
        Instant last = in.meetings().stream().filter(m -> m.status() == MeetingStatus.HELD && !m.startsAt().isAfter(now))
                .map(Meeting::startsAt).max(Comparator.naturalOrder()).orElse(in.enablingSince());
        long days = Duration.between(last, now).toDays();
        if (days > in.meetingEveryDays() * limits.cadenceTolerance()) {
            out.add(new HealthSignal("meetings-below-cadence", TEXT.format("signal.meetings-below-cadence",
                    "days", days, "every", in.meetingEveryDays())));
        }
    }

    private static void goals(Inputs in, Instant now, Limits limits, List<HealthSignal> out) {
        Instant last = in.lastGoalUpdate() == null ? in.enablingSince() : in.lastGoalUpdate();
        long weeks = Duration.between(last, now).toDays() / 7;
        if (weeks >= limits.goalStaleWeeks()) {
            out.add(new HealthSignal("goals-stale", TEXT.format("signal.goals-stale", "weeks", weeks)));
        }
    }

    private static void review(Inputs in, Instant now, List<HealthSignal> out) {
        boolean due = in.midpointReviewOn() != null && in.midpointReviewOn().isBefore(now.atOffset(ZoneOffset.UTC)
                .toLocalDate()) && (in.phase() == Phase.NEGOTIATING || in.phase() == Phase.ENABLING);
        boolean held = in.meetings().stream().anyMatch(m -> m.kind() == MeetingKind.MIDPOINT_REVIEW
                && m.status() == MeetingStatus.HELD);
        if (due && !held) {
            out.add(new HealthSignal("review-overdue", TEXT.format("signal.review-overdue", "date",
                    in.midpointReviewOn().toString())));
        }
    }

    /** One person organising or logging nearly every meeting: the relationship may rest on one side. */
    private static void oneSided(Inputs in, Limits limits, List<HealthSignal> out) {
        List<String> acts = new ArrayList<>();
        for (Meeting m : in.meetings()) {
            acts.add(m.organizerId());
            if (m.loggedById() != null && !m.loggedById().equals(m.organizerId())) {
                acts.add(m.loggedById());
            }
        }
        if (in.meetings().size() < limits.oneSidedMinimum()) {
            return;
        }
        Map<String, Long> byPerson = acts.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        byPerson.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(top -> top.getValue() >= limits.oneSidedShare() * acts.size())
                .ifPresent(top -> out.add(new HealthSignal("one-sided", TEXT.format("signal.one-sided", "name",
                        in.names().getOrDefault(top.getKey(), top.getKey()), "n", top.getValue(), "of", acts.size(),
                        "others", acts.size() - top.getValue()))));
    }
}
