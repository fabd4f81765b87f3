package org.tandem.workflow.api;

/**
 * One sign that a relationship may need attention.
 *
 * @param code {@code meetings-below-cadence}, {@code goals-stale}, {@code review-overdue} or {@code one-sided}
 * @param message what was seen, in numbers a person can check
 */
public record HealthSignal(String code, String message) {
}
