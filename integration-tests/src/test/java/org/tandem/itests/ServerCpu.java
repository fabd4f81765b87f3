package org.tandem.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A server process's CPU time from Linux's /proc, in total and split by the kind of thread that spent
 * it (the JIT's compiler threads, the garbage collector's, everything else), so that a benchmark can
 * tell the cost of the work from the cost of warming up to do it.
 */
record ServerCpu(long totalMillis, Map<String, Long> byKind) {
    static final String JIT = "JIT compiler";
    static final String GC = "garbage collector";
    static final String WORK = "request and other threads";

    static ServerCpu of(String pid) throws IOException {
        if (pid == null) {
            return new ServerCpu(0, Map.of());
        }
        Map<String, Long> kinds = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", pid, "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    kinds.merge(kind(Files.readString(task.resolve("comm")).trim()), millis(task.resolve("stat")),
                            Long::sum);
                } catch (IOException threadEnded) {
                    // a thread that ended since the listing: its time is still in the process total
                }
            }
        }
        return new ServerCpu(millis(Path.of("/proc", pid, "stat")), kinds);
    }

    /** What this run spent since an earlier reading; threads that ended count as work. */
    ServerCpu since(ServerCpu before) {
        Map<String, Long> diff = new HashMap<>();
        for (String k : new String[] {JIT, GC}) {
            diff.put(k, byKind.getOrDefault(k, 0L) - before.byKind.getOrDefault(k, 0L));
        }
        long total = totalMillis - before.totalMillis;
        diff.put(WORK, total - diff.get(JIT) - diff.get(GC));
        return new ServerCpu(total, diff);
    }

    private static String kind(String threadName) {
        if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
            return JIT;
        }
        if (threadName.startsWith("GC ") || threadName.startsWith("G1 ")) {
            return GC;
        }
        return WORK;
    }

    /** User + system time (clock ticks of 10 ms) from a stat file of /proc. */
    private static long millis(Path stat) throws IOException {
        String s = Files.readString(stat);
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime, stime (fields 14, 15)
    }
}
