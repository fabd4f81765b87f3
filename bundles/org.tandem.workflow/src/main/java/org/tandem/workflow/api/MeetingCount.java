package org.tandem.workflow.api;

/**
 * How many meetings a relationship held in one month (UTC), across its iterations: what a program's
 * charts show, without any meeting's content.
 *
 * @param month as {@code 2026-11}
 */
public record MeetingCount(String relationshipId, String month, int held) {
}
