package org.tandem.features.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A feature as {@code features/<name>.json} defines it (OSGi Feature format): its bundles by
 * symbolic name, the configuration PIDs it reads with their shipped defaults, and the features it
 * needs (the {@code tandem-requires} extension).
 */
record Definition(String name, String title, String description, List<String> bundles,
        Map<String, Map<String, Object>> configurations, Set<String> requires) {
    static final String CORE = "core";

    Definition {
        bundles = List.copyOf(bundles);
        configurations = Map.copyOf(configurations);
        requires = Set.copyOf(requires);
    }
}
