package org.tandem.lti.internal;

/**
 * The reference targets of the two features this bundle carries: every component requires the
 * {@code ActiveFeature} of its feature, so switching the feature off removes it (and what it serves).
 */
public final class LtiFeature {
    /** LTI 1.3 launch: login, launch, keys, registry, sessions. */
    public static final String LAUNCH = "(tandem.feature=lti)";
    /** LTI Advantage: roster sync, grades, Deep Linking. */
    public static final String ADVANTAGE = "(tandem.feature=lti-advantage)";

    private LtiFeature() {
    }
}
