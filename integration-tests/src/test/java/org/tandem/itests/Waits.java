package org.tandem.itests;

import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes; services in OSGi arrive asynchronously. */
public final class Waits {
    private static volatile String gaveUp;

    private Waits() {
    }

    /**
     * Waits until the condition holds ten times in a row, 50 ms apart: the JAX-RS whiteboard republishes
     * the application (answering 404 meanwhile) each time a resource arrives, e.g. after a restart.
     */
    public static void settled(String what, BooleanSupplier condition) throws InterruptedException {
        int[] inARow = {0};
        until(what, () -> {
            inARow[0] = condition.getAsBoolean() ? inARow[0] + 1 : 0;
            return inARow[0] >= 10;
        });
    }

    /** Waits up to 45 s; once a wait has failed in this framework, later ones fail at once. */
    public static void until(String what, BooleanSupplier condition) throws InterruptedException {
        until(what, 45, condition);
    }

    /** Waits up to the given seconds, e.g. for a whole server JVM that starts on a loaded machine. */
    public static void until(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        if (gaveUp != null) {
            throw new AssertionError("Not waiting again: earlier, timed out waiting until " + gaveUp);
        }
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while Jetty starts: keep waiting
            }
            Thread.sleep(100);
        }
        gaveUp = what;
        throw new AssertionError("Timed out after " + seconds + " s waiting until " + what);
    }
}
