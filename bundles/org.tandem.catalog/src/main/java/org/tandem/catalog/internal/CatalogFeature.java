package org.tandem.catalog.internal;

/** The reference target every catalog component requires: switching the feature off removes them all. */
final class CatalogFeature {
    static final String ON = "(tandem.feature=catalog)";

    private CatalogFeature() {
    }
}
