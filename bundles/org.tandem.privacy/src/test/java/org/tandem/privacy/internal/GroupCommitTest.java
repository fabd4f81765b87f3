package org.tandem.privacy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    private final List<String> written = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger writes = new AtomicInteger();

    @Test
    void aCallerAloneWritesItsRowsAtOnce() {
        GroupCommit<String> commits = new GroupCommit<>(rows -> {
            writes.incrementAndGet();
            written.addAll(rows);
        });
        commits.commit(List.of("a", "b"));
        commits.commit(List.of());
        assertEquals(List.of("a", "b"), written);
        assertEquals(1, writes.get());
    }

    @Test
    void callersArrivingDuringAWriteShareTheNextAndEachReturnsOnlyOnceItsRowsAreWritten() throws Exception {
        GroupCommit<String> commits = new GroupCommit<>(rows -> {
            writes.incrementAndGet();
            sleep(20); // a commit's time, during which the others queue
            written.addAll(rows);
        });
        int callers = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String row = "row" + i;
            done.add(pool.submit(() -> {
                start.await();
                commits.commit(List.of(row));
                assertTrue(written.contains(row), row + " is written when its caller returns");
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertEquals(callers, written.size());
        assertEquals(callers, written.stream().distinct().count());
        assertTrue(writes.get() < callers / 2, writes.get() + " writes for " + callers + " callers");
    }

    @Test
    void aBadRowFailsOnlyItsOwnCaller() throws Exception {
        IllegalStateException bad = new IllegalStateException("too long");
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        GroupCommit<String> commits = new GroupCommit<>(rows -> {
            if (rows.equals(List.of("first"))) {
                firstWriting.countDown();
                await(othersQueued);
            }
            if (rows.contains("bad")) {
                throw bad;
            }
            written.addAll(rows);
        });
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Future<?> first = pool.submit(() -> commits.commit(List.of("first")));
        firstWriting.await();
        Future<?> good = pool.submit(() -> commits.commit(List.of("good")));
        Future<Throwable> failed = pool.submit(() -> assertThrows(IllegalStateException.class,
                () -> commits.commit(List.of("bad"))));
        sleep(100); // both are queued behind the first write
        othersQueued.countDown();
        first.get();
        good.get();
        assertSame(bad, failed.get());
        pool.shutdown();
        assertTrue(written.containsAll(List.of("first", "good")), written.toString());
        assertEquals(2, written.size());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
