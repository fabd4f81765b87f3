package org.tandem.model;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores one kind of item. Every write runs in its own transaction; an update or delete names the
 * version the caller last read and fails with {@link StaleVersionException} if it moved on.
 */
@ProviderType
public interface Repository<T> {

    Page<T> list(PageRequest page);

    Optional<T> find(String id);

    /** Stores a new item; returns it with its id and version 1. */
    T create(T draft);

    /** Replaces the item whose id and version {@code changed} carries; returns it at its new version. */
    T update(T changed);

    /** Deletes the item if it is still at {@code version}. */
    void delete(String id, long version);
}
