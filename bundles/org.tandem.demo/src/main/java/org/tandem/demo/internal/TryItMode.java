package org.tandem.demo.internal;

/**
 * Registered while try-it mode runs: the sample platform and program reference it, so with the mode off
 * (the default) nothing of this bundle serves or stores anything.
 *
 * @param baseUrl the address browsers use, without a trailing slash
 */
public record TryItMode(String baseUrl) {
}
