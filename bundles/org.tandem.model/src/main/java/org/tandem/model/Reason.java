package org.tandem.model;

/**
 * One reason a change was refused, e.g. one unmet condition of a phase change.
 *
 * @param code a stable identifier for clients and tests
 * @param message the reason in words the people concerned understand
 */
public record Reason(String code, String message) {
}
