package org.tandem.storage;

/**
 * A moment's look at the connection pool, for metrics and health.
 *
 * @param active connections in use by a transaction
 * @param idle open connections waiting for work
 * @param waiting threads waiting for a connection (above 0 for long: the pool is too small)
 * @param max the most connections the pool opens
 */
public record PoolStats(int active, int idle, int waiting, int max) {
}
