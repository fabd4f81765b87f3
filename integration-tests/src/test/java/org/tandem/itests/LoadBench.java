package org.tandem.itests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Mixed load on the shipped server jar (bench/load.sh runs it): 70% reads (a program, a relationship,
 * a person, a program's relationships) and 30% writes (a new program, a profile changed, a new
 * relationship) by [concurrency] clients, as fast as the server answers. Prints requests/s, p50, p99
 * and the worst latency overall and per kind, then the server's own p99 per route from /api/metrics.
 * Args: requests (default 20000), concurrency (default 32), database (derby or postgresql).
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        String database = args.length > 2 ? args[2] : "derby";
        Path conf = ServerOptions.processConf();
        Map<String, String> env = new HashMap<>(ServerOptions.processEnv(database));
        env.put("TANDEM_DATA", Files.createTempDirectory("tandem-data").toString());
        env.put("TANDEM_ADMIN_TOKEN", ServerOptions.ADMIN_TOKEN);
        int port = ServerOptions.freePort();
        try (ServerProcess server = new ServerProcess(conf, port, env)) {
            server.awaitReadyLine();
            Http http = new Http("http://127.0.0.1:" + port + "/api").as("Bearer " + ServerOptions.ADMIN_TOKEN);
            Data data = Data.make(http, 200);
            run(http, data, Math.min(2000, requests / 5), concurrency); // warm-up, not counted
            String pid = Long.toString(server.pid());
            ServerCpu serverBefore = ServerCpu.of(pid);
            long clientBefore = clientCpuNanos();
            long start = System.nanoTime();
            Map<String, List<Long>> latencies = run(http, data, requests, concurrency);
            double seconds = (System.nanoTime() - start) / 1e9;
            ServerCpu serverCpu = ServerCpu.of(pid).since(serverBefore);
            double clientMs = (clientCpuNanos() - clientBefore) / 1e6;
            List<Long> all = new ArrayList<>();
            latencies.values().forEach(all::addAll);
            System.out.printf("Mixed load on %s: %d requests, %d concurrent, %d cores: %.0f requests/s%n", database,
                    all.size(), concurrency, Runtime.getRuntime().availableProcessors(), all.size() / seconds);
            print("all", all);
            latencies.forEach(LoadBench::print);
            cpu(serverCpu, clientMs, all.size());
            System.out.println("The server's own view (/api/metrics, p99 upper bound by route):");
            ServerP99.print(http.get("/metrics").body());
        }
    }

    /**
     * Where the cores went: the server's CPU per request (split by thread kind) and this harness's own,
     * which shares the machine; what the server alone could answer is the cores over its own share.
     */
    private static void cpu(ServerCpu server, double clientMs, int requests) {
        double perRequest = server.totalMillis() / (double) requests;
        System.out.printf("  server CPU/request  %6.3f ms  (from /proc; the harness itself: %.3f ms/request)%n",
                perRequest, clientMs / requests);
        server.byKind().forEach((kind, ms) -> System.out.printf("    %-26s %6.3f ms%n", kind, ms / (double) requests));
        System.out.printf("  the server's cores alone would answer about %.0f requests/s%n",
                Runtime.getRuntime().availableProcessors() * 1000 / perRequest);
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void print(String kind, List<Long> l) {
        Collections.sort(l);
        System.out.printf("  %-22s %6d  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", kind, l.size(),
                l.get(l.size() / 2) / 1e6, l.get((int) Math.min(l.size() - 1, Math.ceil(l.size() * 0.99) - 1)) / 1e6,
                l.get(l.size() - 1) / 1e6);
    }

    private static Map<String, List<Long>> run(Http http, Data data, int requests, int concurrency) throws Exception {
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicInteger left = new AtomicInteger(requests);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            done.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    int dice = ThreadLocalRandom.current().nextInt(100);
                    String kind = dice < 20 ? "GET program" : dice < 40 ? "GET relationship" : dice < 55 ? "GET person"
                            : dice < 70 ? "GET relationships list" : dice < 80 ? "POST program" : dice < 90
                            ? "GET+PUT profile" : "POST relationship";
                    long began = System.nanoTime();
                    Http.Reply r = data.request(http, kind);
                    long took = System.nanoTime() - began;
                    boolean refused = r.status() == 412 && kind.equals("GET+PUT profile") // a concurrent change won
                            || r.status() / 100 == 4 && kind.equals("POST relationship"); // e.g. capacity reached
                    if (r.status() >= 400 && !refused) {
                        throw new IllegalStateException(kind + ": " + r.status() + " " + r.body());
                    }
                    latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(took);
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

    /** The programs, people and relationships the requests read and change. */
    private record Data(List<String> programs, List<String> people, List<String> relationships) {
        static Data make(Http http, int n) {
            List<String> programs = new ArrayList<>();
            List<String> people = new ArrayList<>();
            List<String> relationships = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                programs.add(created(http.post("/programs", "{\"name\":\"Load " + i + "\",\"model\":\"ONE_TO_ONE\"}")));
            }
            for (int i = 0; i < n; i++) {
                people.add(created(http.post("/people", "{\"subject\":\"load" + i + "\",\"displayName\":\"Person " + i
                        + "\",\"email\":\"p" + i + "@uni.test\",\"locale\":\"en\"}")));
            }
            for (String person : people) {
                Http.Reply made = http.put("/people/" + person + "/profile", null, profile(0, 5));
                if (made.status() != 201) {
                    throw new IllegalStateException(made.status() + " " + made.body());
                }
            }
            for (int i = 0; i + 1 < n; i += 2) {
                relationships.add(created(http.post("/relationships", pairing(programs.get(i % 10), people.get(i),
                        people.get(i + 1)))));
            }
            return new Data(programs, people, relationships);
        }

        Http.Reply request(Http http, String kind) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            return switch (kind) {
                case "GET program" -> http.get("/programs/" + pick(programs));
                case "GET relationship" -> http.get("/relationships/" + pick(relationships));
                case "GET person" -> http.get("/people/" + pick(people));
                case "GET relationships list" -> http.get("/relationships?programId=" + pick(programs) + "&limit=20");
                case "POST program" -> http.post("/programs", "{\"name\":\"More " + r.nextInt() + "\",\"model\":\"GROUP\"}");
                case "GET+PUT profile" -> {
                    String person = pick(people); // as the app does: read it, change it against its version
                    yield http.put("/people/" + person + "/profile", http.get("/people/" + person + "/profile").etag(),
                            profile(r.nextInt(50), 1 + r.nextInt(5)));
                }
                default -> http.post("/relationships", pairing(pick(programs), pick(people), pick(people)));
            };
        }

        private static String pick(List<String> ids) {
            return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
        }

        private static String pairing(String program, String mentee, String mentor) {
            return "{\"programId\":\"" + program + "\",\"members\":[{\"personId\":\"" + mentee + "\",\"role\":\"MENTEE\"},"
                    + "{\"personId\":\"" + mentor + "\",\"role\":\"MENTOR\",\"mentorRole\":\"GENERAL\"}]}";
        }

        private static String profile(int area, int capacity) {
            return "{\"careerStage\":\"POSTDOC\",\"researchAreas\":[\"r" + area + "\"],\"mentorCapacity\":" + capacity + "}";
        }

        private static String created(Http.Reply r) {
            if (r.status() != 201) {
                throw new IllegalStateException(r.status() + " " + r.body());
            }
            return r.json().getString("id");
        }
    }
}
