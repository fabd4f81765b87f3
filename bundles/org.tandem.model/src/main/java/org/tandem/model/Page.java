package org.tandem.model;

import java.util.List;

/** One slice of a list, with the size of the whole list. */
public record Page<T>(List<T> items, int offset, int limit, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
