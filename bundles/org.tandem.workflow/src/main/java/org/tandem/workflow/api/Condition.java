package org.tandem.workflow.api;

/**
 * A condition a transition needs and that does not hold yet.
 *
 * @param code a stable identifier, e.g. {@code preparation-missing}, for clients and tests
 * @param message what is missing, in words the people in the relationship understand
 */
public record Condition(String code, String message) {
}
