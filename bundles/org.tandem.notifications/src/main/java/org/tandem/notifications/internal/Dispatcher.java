package org.tandem.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * conditional update before it is sent (so two nodes never send the same row), sent over one of up to
 * {@code connections} SMTP connections at once (a mail takes four round trips to the server: with 2 ms
 * each, one connection sent 47 mails/s, two 88, four 135), marked sent
 * as soon as the SMTP server accepted it, and otherwise retried with a doubling back-off (up to an hour)
 * until the server accepts it or refuses it for good, or {@code giveUpHours} pass.
 */
@Component(service = Dispatcher.class, immediate = true, configurationPid = NotificationsConfig.PID,
        property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
public class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 200;
    /** A connection of its own is worth opening for this many mails at least. */
    private static final int LANE = 10;
    private final String node = UUID.randomUUID().toString();
    private final NotifyDatabase db;
    private final Notifier notifier;
    private final Periodic timer = new Periodic("tandem-mail");
    /** Sends on the second and further connections (the first sends on the timer's thread). */
    private final ExecutorService lanes = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tandem-mail-lane");
        t.setDaemon(true);
        return t;
    });
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
        lanes.shutdownNow();
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
     * One pass over up to a batch of due mails, over up to {@code connections} SMTP connections at once;
     * returns how many were due, or 0 when the SMTP server failed (nothing more to try now).
     */
    int pass(MailSettings mail) {
        Instant now = Instant.now();
        List<String> due = db.inTransaction(c -> Outbox.due(c, now, BATCH));
        if (due.isEmpty()) {
            return 0;
        }
        // long enough for any send to finish (or time out) before another node may take the mail
        Duration lease = Duration.ofSeconds(Math.max(15, 3L * mail.config().timeoutSeconds()));
        List<Sender> senders = new ArrayList<>();
        try {
            Sender first = new Sender(mail.session(), mail.config(), notifier.host());
            senders.add(first);
            try {
                first.open();
            } catch (Sender.Refused down) {
                // the server is down: one mail records the attempt and why; the rest wait, unclaimed
                Outbox.Mail one = db.inTransaction(c -> Outbox.claim(c, due.get(0), node, Instant.now(), lease)
                        ? Outbox.find(c, due.get(0)) : null);
                if (one != null) {
                    refused(one, down);
                }
                return 0;
            }
            senders.addAll(more(mail, Math.min(mail.config().connections(), due.size() / LANE) - 1));
            // the whole batch is claimed in one commit (what another node took first is left out); each
            // mail is marked sent in a commit of its own, so at most one acknowledged mail per connection
            // can go twice
            List<Outbox.Mail> mine = db.inTransaction(c -> {
                List<Outbox.Mail> claimed = new ArrayList<>();
                for (String id : due) {
                    Outbox.Mail m = Outbox.claim(c, id, node, Instant.now(), lease) ? Outbox.find(c, id) : null;
                    if (m != null) {
                        claimed.add(m);
                    }
                }
                return claimed;
            });
            return sendAll(senders, mine) ? due.size() : 0;
        } finally {
            senders.forEach(Sender::close);
        }
    }

    /** Up to {@code n} more open connections; one the server does not take is left out (it may limit them). */
    private List<Sender> more(MailSettings mail, int n) {
        List<Sender> opened = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sender extra = new Sender(mail.session(), mail.config(), notifier.host());
            try {
                extra.open();
                opened.add(extra);
            } catch (Sender.Refused busy) {
                LOG.debug("The SMTP server took {} connections at once, not more: {}", opened.size() + 1,
                        busy.getMessage());
                break;
            }
        }
        return opened;
    }

    /** Sends each connection's share of the mail, the first here and the others on the lanes' threads. */
    private boolean sendAll(List<Sender> senders, List<Outbox.Mail> mine) {
        List<List<Outbox.Mail>> shares = shares(mine, senders.size());
        List<Future<Boolean>> others = new ArrayList<>();
        for (int i = 1; i < shares.size(); i++) {
            Sender sender = senders.get(i);
            List<Outbox.Mail> share = shares.get(i);
            others.add(lanes.submit(() -> sendShare(sender, share)));
        }
        boolean ok = shares.isEmpty() || sendShare(senders.get(0), shares.get(0));
        for (Future<Boolean> f : others) {
            ok &= done(f);
        }
        return ok;
    }

    private boolean sendShare(Sender sender, List<Outbox.Mail> share) {
        for (int i = 0; i < share.size(); i++) {
            if (!send(sender, share.get(i))) {
                release(share.subList(i + 1, share.size()));
                return false; // the server failed: the rest waits for the next pass
            }
        }
        return true;
    }

    private static boolean done(Future<Boolean> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            LOG.warn("Could not send a share of the outbox (will retry): {}", e.getCause().toString());
            return false;
        }
    }

    /** The mail in {@code n} shares of (nearly) equal size, in order within each. */
    static <T> List<List<T>> shares(List<T> all, int n) {
        List<List<T>> out = new ArrayList<>();
        int size = all.size();
        for (int i = 0, from = 0; i < n && from < size; i++) {
            int to = from + (size - from + (n - i) - 1) / (n - i);
            out.add(all.subList(from, to));
            from = to;
        }
        return out;
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
