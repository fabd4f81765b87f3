package org.tandem.workflow.api;

/**
 * Who asks for a change: a person, and whether they administer the relationship's program.
 * The caller's identity comes from the authenticated session, never from the request body.
 */
public record Actor(String personId, boolean programAdmin) {
}
