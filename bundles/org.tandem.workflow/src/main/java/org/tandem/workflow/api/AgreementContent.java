package org.tandem.workflow.api;

import java.time.LocalDate;

/**
 * The sections of a mentoring agreement (mentoring-domain.md). The logistics are structured because
 * relationship health compares the meetings held with the cadence agreed here. A draft may be
 * partial; signing needs purpose, goals, roles, the meeting cadence, length and mode, confidentiality
 * and problem resolution.
 */
public record AgreementContent(String purpose, String goals, String roles, Integer meetingEveryDays,
        Integer meetingMinutes, MeetingMode meetingMode, Integer responseHours, LocalDate startsOn,
        LocalDate endsOn, LocalDate midpointReviewOn, String confidentiality, String confidentialityExceptions,
        String boundaries, String feedbackNorms, String problemResolution) {
}
