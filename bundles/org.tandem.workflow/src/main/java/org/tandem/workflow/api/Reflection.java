package org.tandem.workflow.api;

/**
 * A member's closing reflection: what worked, what they would change, their reflection on the
 * relationship, and whether they would recommend this kind of relationship to a colleague.
 */
public record Reflection(String whatWorked, String whatToChange, String reflection, Boolean wouldRecommend) {
}
