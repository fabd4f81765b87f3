package org.tandem.itests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Durability under {@code kill -9}: the shipped server jar takes writes from several clients and is
 * killed at a random moment, again and again; after each restart every write it acknowledged (a 201)
 * must be there. Also times each start to the ready line, cold and after a kill. Used by
 * {@link KillNineIT} (a few cycles) and by {@code bench/kill9.sh} (as many as asked).
 */
final class KillNine {
    /** What a run found. */
    record Result(int cycles, int acknowledged, List<String> lost, long coldStartMillis, List<Long> restartMillis) {
        String summary() {
            return String.format("%d kill -9 cycles: %d writes acknowledged, %d lost; cold start to ready %d ms,"
                    + " restarts after a kill %s ms", cycles, acknowledged, lost.size(), coldStartMillis, restartMillis);
        }
    }

    private KillNine() {
    }

    static Result run(String kind, int cycles, int writers) throws Exception {
        Path conf = ServerOptions.processConf();
        Map<String, String> env = new HashMap<>(ServerOptions.processEnv(kind));
        env.put("TANDEM_DATA", Files.createTempDirectory("tandem-data").toString());
        env.put("TANDEM_ADMIN_TOKEN", ServerOptions.ADMIN_TOKEN);
        int port = ServerOptions.freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Long> restarts = new ArrayList<>();
        long cold = 0;
        for (int cycle = 0; cycle < cycles; cycle++) {
            long started = System.nanoTime();
            ServerProcess server = new ServerProcess(conf, port, env);
            server.awaitReadyLine();
            long ready = (System.nanoTime() - started) / 1_000_000;
            if (cycle == 0) {
                cold = ready;
            } else {
                restarts.add(ready);
            }
            Http http = new Http("http://127.0.0.1:" + port + "/api").as("Bearer " + ServerOptions.ADMIN_TOKEN);
            List<String> lost = missing(http, acknowledged);
            if (!lost.isEmpty()) {
                server.kill();
                return new Result(cycle, acknowledged.size(), lost, cold, restarts);
            }
            write(http, acknowledged, writers, server);
        }
        long started = System.nanoTime();
        try (ServerProcess server = new ServerProcess(conf, port, env)) {
            server.awaitReadyLine();
            restarts.add((System.nanoTime() - started) / 1_000_000);
            Http http = new Http("http://127.0.0.1:" + port + "/api").as("Bearer " + ServerOptions.ADMIN_TOKEN);
            return new Result(cycles, acknowledged.size(), missing(http, acknowledged), cold, restarts);
        }
    }

    /**
     * Writers post programs until the server is killed at a random moment 0.3–1.5 s after the first
     * answer (counted from then: on a slow machine the first requests after a start took longer than
     * the window, and a run killed the server before any write could be acknowledged).
     */
    private static void write(Http http, Set<String> acknowledged, int writers, ServerProcess server) throws Exception {
        AtomicBoolean alive = new AtomicBoolean(true);
        java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Thread t = new Thread(() -> {
                while (alive.get()) {
                    try {
                        Http.Reply r = http.post("/programs", "{\"name\":\"Durable " + ThreadLocalRandom.current().nextInt()
                                + "\",\"model\":\"ONE_TO_ONE\"}");
                        if (r.status() == 201) {
                            acknowledged.add(r.json().getString("id"));
                        }
                        answered.countDown();
                    } catch (RuntimeException killed) {
                        // the connection died with the server: that write was never acknowledged
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        answered.await(30, java.util.concurrent.TimeUnit.SECONDS);
        Thread.sleep(300 + ThreadLocalRandom.current().nextInt(1200));
        server.kill();
        alive.set(false);
        for (Thread t : threads) {
            t.join();
        }
    }

    private static List<String> missing(Http http, Set<String> acknowledged) {
        return acknowledged.stream().filter(id -> http.get("/programs/" + id).status() != 200).sorted().toList();
    }

    /** {@code bench/kill9.sh [cycles] [derby|postgresql]}. */
    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String kind = args.length > 1 ? args[1] : "derby";
        Result r = run(kind, cycles, 8);
        System.out.println("On " + kind + ": " + r.summary());
        if (!r.lost().isEmpty()) {
            System.out.println("LOST: " + r.lost());
            System.exit(1);
        }
    }
}
