package org.tandem.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.notifications.internal.store.NotifyDatabase;
import org.tandem.notifications.internal.store.Outbox;

/**
 * Sends the outbox. Every node looks every {@code dispatchMillis}; each mail is claimed by one
 * conditional update before it is sent (so two nodes never send the same row), marked sent as soon
 * as the SMTP server accepted it, and otherwise retried with a doubling back-off (up to an hour)
 * until the server accepts it or refuses it for good, or {@code giveUpHours} pass.
 */
@Component(service = Dispatcher.class, immediate = true, configurationPid = NotificationsConfig.PID,
        property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
public class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 200;
    private final String node = UUID.randomUUID().toString();
    private final NotifyDatabase db;
    private final Notifier notifier;
    private final Periodic timer = new Periodic("tandem-mail");
    private final AtomicLong sent = new AtomicLong();
    private volatile Instant lastProblem;
    /** Why the SMTP server last failed to take a mail, until it takes one again; null while it does. */
    private volatile String failing;

    @Activate
    public Dispatcher(@Reference NotifyDatabase db, @Reference Notifier notifier, NotificationsConfig config) {
        this.db = db;
        this.notifier = notifier;
        modified(config);
    }

    @Modified
    synchronized void modified(NotificationsConfig c) {
        long every = Math.max(50, c.dispatchMillis());
        timer.run(this::drain, every, every, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void stop() {
        timer.stop();
    }

    /** Why the SMTP server does not take mail just now, if it does not (for the health report). */
    public java.util.Optional<String> failing() {
        return java.util.Optional.ofNullable(failing);
    }

    /** How many mails this node handed to the SMTP server since it started. */
    public long sent() {
        return sent.get();
    }

    /** Sends what is due, batch after batch, until nothing is due or the SMTP server fails. */
    void drain() {
        try {
            MailSettings mail = notifier.mail();
            while (mail.configured() && pass(mail) == BATCH) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not send mail from the outbox (will retry): {}", e.toString());
        }
    }

    /**
     * One pass over up to a batch of due mails, over one SMTP connection; returns how many were due,
     * or 0 when the SMTP server failed (nothing more to try now).
     */
    int pass(MailSettings mail) {
        Instant now = Instant.now();
        List<String> due = db.inTransaction(c -> Outbox.due(c, now, BATCH));
        if (due.isEmpty()) {
            return 0;
        }
        // long enough for any send to finish (or time out) before another node may take the mail
        Duration lease = Duration.ofSeconds(Math.max(15, 3L * mail.config().timeoutSeconds()));
        try (Sender sender = new Sender(mail.session(), mail.config(), notifier.host())) {
            try {
                sender.open();
            } catch (Sender.Refused down) {
                // the server is down: one mail records the attempt and why; the rest wait, unclaimed
                Outbox.Mail first = db.inTransaction(c -> Outbox.claim(c, due.get(0), node, Instant.now(), lease)
                        ? Outbox.find(c, due.get(0)) : null);
                if (first != null) {
                    refused(first, down);
                }
                return 0;
            }
            // the whole batch is claimed in one commit (what another node took first is left out); each
            // mail is marked sent in a commit of its own, so at most one acknowledged mail can go twice
            List<Outbox.Mail> mine = db.inTransaction(c -> {
                List<Outbox.Mail> claimed = new java.util.ArrayList<>();
                for (String id : due) {
                    Outbox.Mail m = Outbox.claim(c, id, node, Instant.now(), lease) ? Outbox.find(c, id) : null;
                    if (m != null) {
                        claimed.add(m);
                    }
                }
                return claimed;
            });
            int tried = 0;
            for (Outbox.Mail m : mine) {
                tried++;
                if (!send(sender, m)) {
                    release(mine.subList(tried, mine.size()));
                    return 0; // the server failed: the rest waits for the next pass
                }
            }
        }
        return due.size();
    }

    /** Gives back the claims on mail this pass will not try, so that any node may send it at once. */
    private void release(List<Outbox.Mail> untried) {
        if (!untried.isEmpty()) {
            db.inTransaction(c -> {
                for (Outbox.Mail m : untried) {
                    Outbox.release(c, m.id(), node);
                }
                return null;
            });
        }
    }

    private boolean send(Sender sender, Outbox.Mail m) {
        try {
            sender.send(m);
            db.inTransaction(c -> {
                Outbox.sent(c, m.id(), node);
                return null;
            });
            sent.incrementAndGet();
            failing = null;
            return true;
        } catch (Sender.Refused e) {
            return refused(m, e);
        }
    }

    private boolean refused(Outbox.Mail m, Sender.Refused e) {
        String reason = e.getMessage();
        boolean expired = m.createdAt().plus(Duration.ofHours(notifier.config().giveUpHours())).isBefore(Instant.now());
        if (e.permanent || expired) {
            LOG.warn("Mail {} to {} failed for good ({}): {}", m.id(), m.address(),
                    e.permanent ? "refused by the SMTP server" : "gave up after " + notifier.config().giveUpHours()
                            + " h", reason);
            db.inTransaction(c -> {
                Outbox.failed(c, m.id(), node, reason);
                if (e.permanent) {
                    Outbox.refuse(c, m.address(), reason);
                }
                return null;
            });
            return true;
        }
        failing = reason;
        long seconds = Math.min(3600, 1L << Math.min(12, m.attempts()));
        Instant next = Instant.now().plusSeconds(seconds);
        if (lastProblem == null || lastProblem.isBefore(Instant.now().minusSeconds(60))) {
            LOG.warn("The SMTP server {} did not take mail {} (attempt {}; again in {} s): {}",
                    notifier.mail().config().host(), m.id(), m.attempts() + 1, seconds, reason);
            lastProblem = Instant.now();
        }
        db.inTransaction(c -> {
            Outbox.retry(c, m.id(), node, next, reason);
            return null;
        });
        return false;
    }
}
