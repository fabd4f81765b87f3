package org.tandem.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.tandem.model.RelationshipRepository;
import org.tandem.storage.Journal;

/** What catching up may skip: an event is "queued" exactly while it waits for or is in the live worker. */
class ReactionsQueueTest {
    @Test
    void anEventIsQueuedUntilTheLiveWorkerIsDoneWithIt() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RelationshipRepository slow = (RelationshipRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RelationshipRepository.class}, (proxy, method, args) -> {
                    if (!"find".equals(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    reading.countDown();
                    release.await(10, TimeUnit.SECONDS);
                    return Optional.empty();
                });
        Reactions reactions = new Reactions(null, null, slow, null, null, null);
        try {
            reactions.handleEvent(event("first"));
            assertTrue(reading.await(10, TimeUnit.SECONDS), "the worker takes the first event");
            reactions.handleEvent(event("second"));
            assertTrue(reactions.queued("first"), "in the worker");
            assertTrue(reactions.queued("second"), "waiting behind it");
            assertFalse(reactions.queued("another"), "never posted here: lost, for catching up");
            release.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((reactions.queued("first") || reactions.queued("second")) && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertFalse(reactions.queued("first"), "done (its failure is logged, not kept)");
            assertFalse(reactions.queued("second"));
        } finally {
            release.countDown();
            reactions.stop();
        }
    }

    private static Event event(String journalId) {
        return new Event(Topics.RELATIONSHIP_CREATED, Map.of(Journal.ID, journalId, "relationshipId", "r-" + journalId));
    }
}
