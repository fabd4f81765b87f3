package org.tandem.itests;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load harness for the LTI launch (bench/launch.sh starts the server and runs this): full login +
 * launch flows from concurrent browsers against a running server, next to the raw RS256 verification
 * rate measured in the same run. Args: server root, admin token, concurrency, seconds, and optionally
 * the server's process id (to read its CPU time from /proc) and the database's name for the report.
 *
 * <p>The flows are a class of {@value #CLASS_SIZE} learners of one course opening the tool at the
 * start of a session: each learner's first launch creates them, the next ones are relaunches.
 */
public final class LaunchBench {
    static final int CLASS_SIZE = 500;
    private static final AtomicInteger NEXT_LEARNER = new AtomicInteger();

    private LaunchBench() {
    }

    public static void main(String[] args) throws Exception {
        String root = args[0];
        int concurrency = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        try (TestLms lms = new TestLms()) {
            register(root, args[1], lms);
            double verifyPerSecond = verifyRate(lms);
            int warmUp = Integer.getInteger("tandem.bench.warmup", 20);
            run(root, lms, concurrency, warmUp, false); // warm-up: JIT, pools, the JWKS cache
            System.out.printf("(measured after %d s of the same flows, not counted)%n", warmUp);
            String pid = args.length > 4 ? args[4] : null;
            ServerCpu before = ServerCpu.of(pid);
            List<Long> latencies = run(root, lms, concurrency, seconds, true);
            ServerCpu cpu = ServerCpu.of(pid).since(before);
            report(latencies, seconds, verifyPerSecond, concurrency, args.length > 5 ? args[5] : "?");
            if (pid != null && !latencies.isEmpty()) {
                double perLaunch = cpu.totalMillis() / (double) latencies.size();
                System.out.printf("  server CPU/launch  %8.2f ms  (login + launch, from /proc/%s/stat)%n", perLaunch, pid);
                cpu.byKind().forEach((kind, ms) -> System.out.printf("    %-26s %6.2f ms%n", kind,
                        ms / (double) latencies.size()));
                System.out.printf("  server CPU per launch / one RS256 verify  %.0fx%n", perLaunch * verifyPerSecond / 1000);
            }
        }
    }

    private static void register(String root, String token, TestLms lms) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root
                + "/api/admin/platforms")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        lms.registration("bench"))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("registering the bench platform: " + r.statusCode() + " " + r.body());
        }
    }

    /** RS256 verifications per second on one thread, of a real launch token. */
    private static double verifyRate(TestLms lms) throws Exception {
        SignedJWT jwt = SignedJWT.parse(lms.sign(lms.claims("student_launch", "n", "http://x")));
        RSASSAVerifier verifier = new RSASSAVerifier(lms.key().toRSAPublicKey());
        for (int i = 0; i < 2000; i++) {
            SignedJWT.parse(jwt.serialize()).verify(verifier);
        }
        long start = System.nanoTime();
        int n = 0;
        while (System.nanoTime() - start < 2_000_000_000L) {
            SignedJWT.parse(jwt.serialize()).verify(verifier);
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static List<Long> run(String root, TestLms lms, int concurrency, int seconds, boolean measure)
            throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            done.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        Browser b = new Browser();
                        String learner = "learner-" + NEXT_LEARNER.getAndIncrement() % CLASS_SIZE;
                        Map<String, String> login = Browser.form("iss", lms.issuer(), "login_hint", learner,
                                "target_link_uri", root + "/lti/launch", "client_id", TestLms.CLIENT_ID);
                        long start = System.nanoTime();
                        Browser.Page p = b.post(root + "/lti/login", login);
                        long loggedIn = System.nanoTime();
                        Map<String, Object> claims = lms.claims("student_launch", p.redirectParam("nonce"), root);
                        claims.put("sub", learner);
                        String token = lms.sign(claims);
                        long signed = System.nanoTime();
                        Browser.Page app = b.post(root + "/lti/launch", Browser.form("state", p.redirectParam("state"),
                                "id_token", token));
                        long finished = System.nanoTime();
                        if (app.status() != 200) {
                            if (failures.incrementAndGet() == 1) {
                                System.out.println("  first failure: HTTP " + app.status() + " (see the server log)");
                            }
                        } else if (measure) {
                            // login + launch round trips, without the test platform's signing in between
                            latencies.add((loggedIn - start) + (finished - signed));
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        if (failures.get() > 0) {
            System.out.println("  failed flows: " + failures.get());
        }
        return latencies;
    }

    private static void report(List<Long> latencies, int seconds, double verifyPerSecond, int concurrency,
            String database) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double rate = sorted.size() / (double) seconds;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("LTI launch on %s, %d concurrent flows, %d s, %d cores, a class of %d learners%n", database,
                concurrency, seconds, cores, CLASS_SIZE);
        System.out.printf("  launches/s        %8.1f  (full login + launch flows completed)%n", rate);
        System.out.printf("  launch p50        %8.2f ms%n", sorted.get(sorted.size() / 2) / 1e6);
        System.out.printf("  launch p99        %8.2f ms%n", sorted.get((int) (sorted.size() * 0.99)) / 1e6);
        System.out.printf("  RS256 verify/s    %8.0f  (one thread, same run)%n", verifyPerSecond);
        System.out.printf("  launch cost / verify cost  %.1fx  (verify rate x %d cores / launch rate; client"
                + " and server share the cores)%n", verifyPerSecond * cores / rate, cores);
    }
}
