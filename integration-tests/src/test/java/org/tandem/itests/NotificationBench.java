package org.tandem.itests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load harness for notifications (bench/notifications.sh runs it): the shipped server jar on the shipped
 * timers, with a real SMTP server (GreenMail) in this JVM. It measures, in one run:
 * <ol>
 * <li>the latency of the request that causes mail (pairing a mentee with a mentor, which mails both),
 * with the notifications feature off and on, in turns, one request at a time and at full concurrency:
 * what notifying adds to the request;</li>
 * <li>the dispatcher's rate: the SMTP server is down while the pairings are made, so every mail waits
 * in the outbox; then it comes back, the admin's retry makes every waiting mail due, and the time until
 * the last mail arrives gives mails/s.</li>
 * </ol>
 * Args: mails (even; default 10000), concurrency (default 8), database (derby or postgresql).
 */
public final class NotificationBench {
    private static final int BLOCKS = 4;
    /** Pairings made before measuring, with notifications off and as many on. */
    private static final int WARM_UP = 1000;
    private NotificationBench() {
    }

    public static void main(String[] args) throws Exception {
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String database = args.length > 2 ? args[2] : "derby";
        int pairs = mails / 2;
        try (Mailbox mailbox = new Mailbox();
                NotifiedServer server = NotifiedServer.onShippedTimers(ServerOptions.processEnv(database), mailbox)) {
            Http admin = server.admin();
            String program = created(admin.post("/programs", "{\"name\":\"Bench\",\"model\":\"ONE_TO_ONE\"}"));
            int people = (int) Math.ceil(Math.sqrt(2 * pairs + 2.0 * WARM_UP + 1000)) + 1;
            List<String> mentees = people(admin, "mentee", people);
            List<String> mentors = people(admin, "mentor", people);
            mailbox.stop();
            // warm-up, not measured: both paths, so that neither pays for the JIT's first compiles
            feature(admin, false);
            pair(admin, program, mentees, mentors, 0, WARM_UP, concurrency);
            feature(admin, true);
            pair(admin, program, mentees, mentors, WARM_UP, 2 * WARM_UP, concurrency);
            Waits.until("the warm-up's mail is in the outbox", 600, () -> pending(admin) >= 2 * WARM_UP);
            feature(admin, false);
            // off and on in turns, so that both see tables of the same sizes; one request at a time (what
            // notifying adds to a request while the machine has a core to spare) and at full concurrency
            int[] levels = concurrency == 1 ? new int[] {1} : new int[] {1, concurrency};
            List<List<Long>> off = new ArrayList<>();
            List<List<Long>> on = new ArrayList<>();
            for (int level : levels) {
                off.add(new ArrayList<>());
                on.add(new ArrayList<>());
            }
            int next = 2 * WARM_UP;
            int turns = BLOCKS * levels.length;
            int made = 2 * WARM_UP; // mails in the outbox so far
            for (int turn = 0; turn < turns; turn++) {
                int level = turn % levels.length;
                int size = pairs / turns; // pairings with notifications off, then as many on
                off.get(level).addAll(pair(admin, program, mentees, mentors, next, next + size, levels[level]));
                feature(admin, true);
                on.get(level).addAll(pair(admin, program, mentees, mentors, next + size, next + 2 * size,
                        levels[level]));
                made += 2 * size;
                int expected = made;
                Waits.until("the mail of the pairings so far is in the outbox", 600, () -> pending(admin) >= expected);
                feature(admin, false);
                next += 2 * size;
            }
            feature(admin, true);
            int rest = pairs + WARM_UP - made / 2; // what division left over, not measured
            pair(admin, program, mentees, mentors, next, next + rest, concurrency);
            made += 2 * rest;
            int all = made;
            Waits.until("every mail is in the outbox", 600, () -> pending(admin) >= all);
            long start = System.nanoTime();
            mailbox.start();
            Http.Reply retried = admin.postEmpty("/admin/notifications/outbox/retry"); // not each mail's back-off
            if (retried.status() != 200) {
                throw new IllegalStateException(retried.body());
            }
            // counted, not read: reading every mail at each poll took more CPU than sending them
            Waits.until("every mail arrives", 1800, () -> mailbox.count() >= all);
            double seconds = (System.nanoTime() - start) / 1e9;
            long distinct = mailbox.all().stream().map(Mailbox.Mail::messageId).distinct().count();
            if (distinct != all || mailbox.count() != all) {
                throw new IllegalStateException(mailbox.count() + " mails arrived, " + distinct + " distinct; expected "
                        + all + " once each");
            }
            System.out.printf("Notifications on %s: %d pairings notified (%d mails), %d concurrent requests, %d cores%n",
                    database, all / 2, all, concurrency, Runtime.getRuntime().availableProcessors());
            for (int level = 0; level < levels.length; level++) {
                List<Long> a = off.get(level);
                List<Long> b = on.get(level);
                System.out.printf("  %d concurrent: pairing request, notifications off: p50 %6.2f ms  p99 %6.2f ms%n",
                        levels[level], p(a, 50), p(a, 99));
                System.out.printf("  %d concurrent: pairing request, notifications on:  p50 %6.2f ms  p99 %6.2f ms%n",
                        levels[level], p(b, 50), p(b, 99));
                System.out.printf("  %d concurrent: added by notifying:                 p50 %+6.2f ms  p99 %+6.2f ms%n",
                        levels[level], p(b, 50) - p(a, 50), p(b, 99) - p(a, 99));
            }
            System.out.printf("  dispatcher: %d mails to SMTP in %.1f s = %.0f mails/s%n", all, seconds, all / seconds);
        }
    }

    private static void feature(Http admin, boolean on) throws InterruptedException {
        Http.Reply r = admin.put("/admin/features/notifications", null, "{\"enabled\": " + on + "}");
        if (r.status() != 200) {
            throw new IllegalStateException(r.body());
        }
        Waits.until("notifications " + (on ? "on" : "off"), 60, () -> (admin.get("/admin/notifications/status")
                .status() == 200) == on);
        // the API is republished after a switch and may answer 404 for a moment (issue 20): wait it out
        int[] quiet = {0};
        Waits.until("the API settles after the switch", 60, () -> {
            quiet[0] = admin.get("/programs?limit=1").status() == 200 ? quiet[0] + 1 : 0;
            return quiet[0] >= 20;
        });
    }

    private static long pending(Http admin) {
        Http.Reply r = admin.get("/admin/notifications/status");
        return r.status() == 200 ? r.json().getJsonNumber("pending").longValue() : 0;
    }

    private static List<String> people(Http admin, String kind, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(created(admin.post("/people", "{\"subject\":\"" + kind + i + "\",\"displayName\":\"" + kind + " " + i
                    + "\",\"email\":\"" + kind + i + "@uni.test\",\"locale\":\"en\"}")));
        }
        return ids;
    }

    /** Pairs number {@code from} to {@code to}, each a new mentee-mentor pair; returns each request's latency. */
    private static List<Long> pair(Http admin, String program, List<String> mentees, List<String> mentors, int from,
            int to, int concurrency) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = from + thread; i < to; i += concurrency) {
                    String body = "{\"programId\":\"" + program + "\",\"members\":[{\"personId\":\""
                            + mentees.get(i % mentees.size()) + "\",\"role\":\"MENTEE\"},{\"personId\":\""
                            + mentors.get(i / mentees.size()) + "\",\"role\":\"MENTOR\",\"mentorRole\":\"GENERAL\"}]}";
                    long start = System.nanoTime();
                    String id = created(admin.post("/relationships", body));
                    latencies.add(System.nanoTime() - start);
                    if (id == null) {
                        throw new IllegalStateException("no relationship");
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return latencies;
    }

    private static String created(Http.Reply r) {
        if (r.status() != 201) {
            throw new IllegalStateException("HTTP " + r.status() + ": " + r.body());
        }
        return r.json().getString("id");
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
    }

}
