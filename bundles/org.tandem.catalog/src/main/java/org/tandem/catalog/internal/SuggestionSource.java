package org.tandem.catalog.internal;

import java.util.List;
import java.util.Set;

/**
 * Suggestions another feature makes possible (the self-assessment of the feedback feature). An
 * interface of the catalog's own, so that {@link Training} loads whether or not that feature's API is
 * there.
 */
public interface SuggestionSource {
    /** Suggestions for the person, shown to them alone. */
    List<Training.Suggestion> forPerson(String personId, String tenant, Set<String> completed);
}
