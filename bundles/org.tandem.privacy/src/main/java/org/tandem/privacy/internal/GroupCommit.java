package org.tandem.privacy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Group commit without a thread of its own: each caller queues its rows and takes the writer's lock;
 * whoever holds it writes everything queued so far in one go (its own rows and those of the callers
 * waiting behind it), and a caller that finds its rows written by another returns at once. Alone, a
 * caller writes its own rows at once; under load, the callers that arrive during one write share the
 * next. Each caller returns only once its rows are written, or with the failure of its own rows (a
 * shared write that fails is tried again caller by caller).
 */
final class GroupCommit<T> {
    private final Consumer<List<T>> write;
    private final ConcurrentLinkedQueue<Batch<T>> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    private static final class Batch<T> {
        final List<T> rows;
        volatile boolean done;
        volatile RuntimeException failure;

        Batch(List<T> rows) {
            this.rows = rows;
        }
    }

    GroupCommit(Consumer<List<T>> write) {
        this.write = write;
    }

    /** Returns once {@code rows} are written; throws what the write that held them threw. */
    void commit(List<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Batch<T> mine = new Batch<>(rows);
        queued.add(mine);
        writing.lock();
        try {
            if (!mine.done) {
                writeQueued();
            }
        } finally {
            writing.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    private void writeQueued() {
        List<Batch<T>> taken = new ArrayList<>();
        List<T> rows = new ArrayList<>();
        for (Batch<T> b = queued.poll(); b != null; b = queued.poll()) {
            taken.add(b);
            rows.addAll(b.rows);
        }
        try {
            write.accept(rows);
        } catch (RuntimeException e) {
            if (taken.size() == 1) {
                taken.get(0).failure = e;
            } else {
                taken.forEach(this::writeAlone); // one caller's bad row must not lose the others' rows
            }
        }
        taken.forEach(b -> b.done = true);
    }

    private void writeAlone(Batch<T> b) {
        try {
            write.accept(b.rows);
        } catch (RuntimeException e) {
            b.failure = e;
        }
    }
}
