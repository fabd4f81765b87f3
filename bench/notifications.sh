#!/usr/bin/env bash
# Load harness for notifications: the shipped server jar (embedded Derby, or PostgreSQL in a fresh
# schema) with a real SMTP server (GreenMail) in the harness's JVM. Pairs mentees with mentors over the
# REST API (each pairing mails both people) and prints the pairing request's p50/p99 with the
# notifications feature off and on (one request at a time, and [concurrency] at once), then the
# dispatcher's rate: the SMTP server is down while the mail is made, comes back, the outbox is retried
# at once, and the time until the last mail arrives gives mails/s.
#   bench/notifications.sh [mails] [concurrency] [derby|postgresql]     (default 10000, 8, derby)
set -euo pipefail
cd "$(dirname "$0")/.."
mails="${1:-10000}"
concurrency="${2:-8}"
db="${3:-derby}"
. bench/lib.sh
bench_classpath
java -Dtandem.serverjar="$PWD/$jar" -Dtandem.server.jvm="${SERVER_JVM:-}" -Dtandem.conf="$PWD/conf" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "integration-tests/target/test-classes:$(cat integration-tests/target/bench.classpath)" \
  org.tandem.itests.NotificationBench "$mails" "$concurrency" "$db"
