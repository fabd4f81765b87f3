package org.tandem.workflow.api;

/**
 * The text of an Individual Development Plan (its SMART goals are kept apart): the mentee's
 * self-assessment (skills, interests, values) and career goals for the short (1–3 years) and long
 * (5–10 years) term, and the mentors' comments.
 *
 * @param version 0 until first saved
 */
public record DevelopmentPlan(long version, String selfAssessment, String shortTermGoals, String longTermGoals,
        String mentorComments) {
}
