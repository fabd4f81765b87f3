package org.tandem.model;

/**
 * One problem with one input field.
 *
 * @param field the field's path as the client sent it, e.g. {@code members[1].personId}
 * @param message what is wrong, in words a person understands
 */
public record FieldError(String field, String message) {
}
