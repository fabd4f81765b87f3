package org.tandem.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.notifications.internal.store.NotifyDatabase;
import org.tandem.storage.Journal;

/**
 * Catches up on events whose live delivery was lost: other features journal each event with the change
 * it announces, but post it only after the commit, so a crash (or {@code kill -9}) in between leaves it
 * unhandled. Every {@code checkSeconds} each node reacts to what is still unhandled after
 * {@code catchUpSeconds}, from the last day and never from before this feature first ran; marking an
 * event handled and telling people of it is one transaction, so nobody is told twice. When the feature
 * is switched off on purpose, what happens until it is switched on again is not caught up on: nobody
 * gets a flood of old news.
 */
@Component(service = CatchUp.class, immediate = true, configurationPid = NotificationsConfig.PID,
        property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
public class CatchUp {
    private static final Logger LOG = LoggerFactory.getLogger(CatchUp.class);
    static final Duration WINDOW = Duration.ofDays(1);
    /** The journal is for catching up, not an archive: what is older than this goes. */
    static final Duration KEEP = Duration.ofDays(7);
    private static final int BATCH = 100;
    private final NotifyDatabase db;
    private final Reactions reactions;
    private final Periodic timer = new Periodic("tandem-catch-up");
    private volatile NotificationsConfig config;
    private Instant pruned = Instant.EPOCH;
    private static final int ATTEMPTS = 3;
    private final java.util.Map<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();

    private final BundleContext context;

    @Activate
    public CatchUp(@Reference NotifyDatabase db, @Reference Reactions reactions, NotificationsConfig config,
            BundleContext context) {
        this.db = db;
        this.reactions = reactions;
        this.context = context;
        modified(config);
    }

    @Modified
    synchronized void modified(NotificationsConfig c) {
        config = c;
        timer.run(this::run, 0, Math.max(1, c.checkSeconds()), TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.stop();
        if (context.getBundle(0).getState() != Bundle.STOPPING) { // switched off, not a shutdown
            try {
                db.inTransaction(c -> {
                    Journal.pause(c, Reactions.CONSUMER);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not note that notifications are switched off: {}", e.toString());
            }
        }
    }

    void run() {
        try {
            Instant now = Instant.now();
            Instant since = db.inTransaction(c -> Journal.register(c, Reactions.CONSUMER));
            Instant from = since.isAfter(now.minus(WINDOW)) ? since : now.minus(WINDOW);
            Instant to = now.minusSeconds(Math.max(1, config.catchUpSeconds()));
            List<Event> missed = db.inTransaction(c -> Journal.unhandled(c, Reactions.CONSUMER, Reactions.TOPICS, from,
                    to, BATCH));
            for (Event e : missed) {
                if (reactions.queued(String.valueOf(e.getProperty(Journal.ID)))) {
                    continue; // not lost: this node's live queue is behind and will get to it
                }
                LOG.info("Catching up on {} ({}): its live delivery was lost, e.g. to a restart", e.getTopic(),
                        e.getProperty(Journal.ID));
                catchUp(e);
            }
            prune(now);
        } catch (RuntimeException e) {
            LOG.warn("Could not catch up on missed events (will retry): {}", e.toString());
        }
    }

    /**
     * Reacts to one missed event. One that keeps failing (say, a message that cannot be worded) is
     * given up after {@value #ATTEMPTS} tries, loudly, so that it does not stop or flood the rest.
     */
    private void catchUp(Event e) {
        String id = String.valueOf(e.getProperty(Journal.ID));
        try {
            reactions.react(e);
            failures.remove(id);
        } catch (RuntimeException ex) {
            if (db.inTransaction(c -> Journal.handled(c, Reactions.CONSUMER, id))) {
                failures.remove(id); // the live delivery, only late, handled it meanwhile
                return;
            }
            int n = failures.merge(id, 1, Integer::sum);
            if (n < ATTEMPTS) {
                LOG.warn("Could not catch up on {} ({}), attempt {} of {}: {}", e.getTopic(), id, n, ATTEMPTS,
                        ex.toString());
                return;
            }
            failures.remove(id);
            LOG.error("Gave up on {} ({}) after {} attempts; nobody was told of it: {}", e.getTopic(), id, n,
                    ex.toString());
            db.inTransaction(c -> Journal.handle(c, Reactions.CONSUMER, id));
        }
    }

    private void prune(Instant now) {
        if (pruned.isBefore(now.minus(Duration.ofHours(1)))) {
            int gone = db.inTransaction(c -> Journal.prune(c, now.minus(KEEP)));
            pruned = now;
            if (gone > 0) {
                LOG.info("Forgot {} journal entries older than {} days", gone, KEEP.toDays());
            }
        }
    }
}
