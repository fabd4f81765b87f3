package org.tandem.rest.internal.gate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which registered resources the whiteboard has left unserved for too long: each is named once per
 * period, so that its component is registered again at most that often while it stays missing.
 */
final class Missing {
    private final long afterMillis;
    private final Map<Long, Long> since = new HashMap<>();

    Missing(long afterMillis) {
        this.afterMillis = afterMillis;
    }

    /** @param missing the services registered but neither served nor refused now; returns those to heal */
    List<Long> due(Set<Long> missing, long now) {
        since.keySet().retainAll(missing);
        List<Long> due = new ArrayList<>();
        for (Long id : missing) {
            long first = since.computeIfAbsent(id, k -> now);
            if (now - first >= afterMillis) {
                since.put(id, now);
                due.add(id);
            }
        }
        return due;
    }
}
