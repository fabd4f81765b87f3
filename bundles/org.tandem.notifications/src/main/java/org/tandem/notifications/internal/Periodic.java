package org.tandem.notifications.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Work that runs again and again on a daemon thread of its own (the outbox, reminders, catching up,
 * nudges): scheduled anew when the configuration changes, stopped with its component.
 */
final class Periodic {
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> task;

    Periodic(String threadName) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} after {@code first}, then {@code every} after each run ends; replaces the last schedule. */
    synchronized void run(Runnable work, long first, long every, TimeUnit unit) {
        if (task != null) {
            task.cancel(false);
        }
        task = timer.scheduleWithFixedDelay(work, first, every, unit);
    }

    void stop() {
        timer.shutdownNow();
    }
}
