#!/usr/bin/env bash
# Mixed load on the shipped server jar: 70% reads, 30% writes (programs, profiles, relationships) by
# [concurrency] clients as fast as the server answers. Prints requests/s, p50/p99/max overall and per
# kind, and the server's own p99 per route from /api/metrics. SERVER_JVM passes JVM options to the
# server (e.g. SERVER_JVM="-XX:StartFlightRecording=filename=/tmp/load.jfr" to profile it).
#   bench/load.sh [requests] [concurrency] [derby|postgresql] [server jar]     (default 20000, 32, derby,
#   the one built here; another jar, e.g. one built from an earlier commit, measures that build instead)
set -euo pipefail
other="${4:+$(realpath "$4")}"
cd "$(dirname "$0")/.."
requests="${1:-20000}"
concurrency="${2:-32}"
db="${3:-derby}"
. bench/lib.sh
bench_classpath
java -Dtandem.serverjar="${other:-$PWD/$jar}" -Dtandem.server.jvm="${SERVER_JVM:-}" -Dtandem.conf="$PWD/conf" \
  -cp "integration-tests/target/test-classes:$(cat integration-tests/target/bench.classpath)" \
  org.tandem.itests.LoadBench "$requests" "$concurrency" "$db"
