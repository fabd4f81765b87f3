/**
 * The feature switch, as feature bundles see it: an {@link org.tandem.features.api.ActiveFeature}
 * service for each active feature, which every component of a feature requires.
 */
@Version("1.1.0")
@Export
package org.tandem.features.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
