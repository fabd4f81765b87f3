package org.tandem.matching.internal;

/** The reference target every matching component requires: switching the feature off removes them all. */
public final class MatchingFeature {
    public static final String ON = "(tandem.feature=matching)";

    private MatchingFeature() {
    }
}
