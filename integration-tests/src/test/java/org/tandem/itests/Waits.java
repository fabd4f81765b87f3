package org.tandem.itests;

import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes; services in OSGi arrive asynchronously. */
public final class Waits {
    private static volatile String gaveUp;

    private Waits() {
    }

    /** Waits up to 45 s; once a wait has failed in this framework, later ones fail at once. */
    public static void until(String what, BooleanSupplier condition) throws InterruptedException {
        if (gaveUp != null) {
            throw new AssertionError("Not waiting again: earlier, timed out waiting until " + gaveUp);
        }
        long deadline = System.currentTimeMillis() + 45_000;
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
        throw new AssertionError("Timed out after 45 s waiting until " + what);
    }
}
