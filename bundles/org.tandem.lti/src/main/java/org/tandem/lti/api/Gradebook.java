package org.tandem.lti.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The gradebook of the course a program was launched from (LTI Assignment and Grade Services). A
 * feature records a person's milestone here (e.g. mentor training completed); it reaches the course
 * when the platform offers the service, and is kept and retried while the platform is unreachable.
 */
@ProviderType
public interface Gradebook {

    /** A gradebook column: {@code tag} identifies it (one per course), {@code label} is what teachers see. */
    record Milestone(String tag, String label, double maximum) {
        public Milestone {
            if (tag == null || !tag.matches("[a-z0-9][a-z0-9-]{0,63}")) {
                throw new IllegalArgumentException("A milestone tag is 1 to 64 lower-case letters, digits and"
                        + " dashes: " + tag);
            }
            if (label == null || label.isBlank() || label.length() > 200 || !(maximum > 0)) {
                throw new IllegalArgumentException("A milestone needs a label (at most 200 characters) and a"
                        + " maximum above 0");
            }
        }
    }

    /**
     * Records the person's score for the milestone in each course linked to the program whose platform
     * offers a gradebook; returns at once (delivery happens in the background).
     *
     * @param given between 0 and the milestone's maximum
     */
    void publish(String programId, String personId, Milestone milestone, double given);
}
