package org.tandem.itests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the p99 per route from the server's request histogram (Prometheus text format). */
final class ServerP99 {
    private static final Pattern BUCKET = Pattern.compile(
            "tandem_http_server_requests_seconds_bucket\\{(.*),le=\"([^\"]+)\"} (\\S+)");

    private ServerP99() {
    }

    static void print(String metrics) {
        Map<String, List<double[]>> series = new TreeMap<>();
        for (String line : metrics.split("\n")) {
            Matcher m = BUCKET.matcher(line);
            if (m.matches()) {
                double le = "+Inf".equals(m.group(2)) ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(2));
                series.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new double[] {le, Double.parseDouble(m.group(3))});
            }
        }
        series.forEach((labels, buckets) -> {
            buckets.sort((a, b) -> Double.compare(a[0], b[0]));
            double total = buckets.get(buckets.size() - 1)[1];
            double le = buckets.stream().filter(b -> b[1] >= 0.99 * total).findFirst().map(b -> b[0]).orElse(Double.NaN);
            if (total >= 100) {
                System.out.printf("  %-70s %6.0f requests, p99 <= %s%n", labels, total,
                        Double.isInfinite(le) ? "> 5 s" : (le * 1000) + " ms");
            }
        });
    }
}
