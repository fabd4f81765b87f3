package org.tandem.features.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered once for each active feature, with the service property {@value #PROPERTY} naming it.
 * Each component of a feature requires it, so switching a feature off deactivates them all (their
 * endpoints, pages, guards and event handlers go) and switching it on brings them back:
 *
 * <pre>
 * &#64;Component(reference = &#64;Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
 *         target = "(tandem.feature=workflow)"))
 * </pre>
 */
@ProviderType
public interface ActiveFeature {
    /** The service property with the feature's name; the same property feature components carry. */
    String PROPERTY = "tandem.feature";
    /** Since 1.1: the service property with the feature's title, e.g. "Training catalog". */
    String TITLE = "tandem.feature.title";
    /** Since 1.1: the service property with what the feature does, in a sentence or two. */
    String DESCRIPTION = "tandem.feature.description";
    /** The conventional name of the reference feature components declare. */
    String REFERENCE = "tandem.active.feature";

    /** The feature's name, as in {@code features/<name>.json}. */
    String name();
}
