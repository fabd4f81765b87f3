package org.tandem.features.internal;

import java.util.List;
import java.util.Set;

/**
 * A feature as an administrator sees it: what it is, whether this runtime has its bundles, whether it
 * is switched on, and whether it runs (on, installed, and everything it needs runs), with why not.
 */
public record FeatureState(String name, String title, String description, Set<String> requires, List<String> bundles,
        Set<String> configurationPids, boolean installed, boolean enabled, boolean active, String reason) {
}
