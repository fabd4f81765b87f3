package org.tandem.workflow.api;

import java.time.LocalDate;

/**
 * A goal of the Individual Development Plan, written the SMART way (seed 003): specific ({@code title}),
 * measurable ({@code measure}: how success is recognised), achievable ({@code actions} and
 * {@code resources}), relevant ({@code relevance}) and time-bound ({@code dueOn}), with an owner
 * among the members and its progress from 0 to 100.
 */
public record SmartGoal(String id, long version, String title, String measure, String actions, String resources,
        String relevance, String ownerId, LocalDate dueOn, int progress, GoalStatus status) {
}
