#!/usr/bin/env bash
# Load harness for LTI launches: starts the server (embedded Derby, empty data), registers a test
# platform whose JWKS is served on 127.0.0.1, and replays full login + launch flows from concurrent
# browsers; prints launches/s, p50/p99, the server's CPU time per launch and the raw RS256
# verification rate measured in the same run.
#   bench/launch.sh [concurrency] [seconds] [derby|postgresql]     (default 32, 20, derby)
# WARM_UP: seconds of the same flows before measuring (default 20; the JIT is still busy after 3).
# SERVER_JVM passes JVM options to the server (e.g. -XX:StartFlightRecording=filename=/tmp/launch.jfr).
# postgresql uses a fresh schema in the database test on 127.0.0.1:5432 (dropped afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
concurrency="${1:-32}"
seconds="${2:-20}"
db="${3:-derby}"
. bench/lib.sh
bench_classpath
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
conf=$(mktemp -d)
data=$(mktemp -d) # beside conf, as ./tandem has them: Felix FileInstall watches conf and would zip a folder in it
token="bench-admin-token-$(date +%s%N)"
cp conf/logging.properties "$conf/"
printf 'dataDirectory = %s\n' "$data" >"$conf/org.tandem.storage.cfg"
schema=""
if [ "$db" = postgresql ]; then
  schema="bench_$(date +%s)_$$"
  psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE SCHEMA $schema"
  printf 'url = jdbc:postgresql://127.0.0.1:5432/test?currentSchema=%s\nuser = postgres\n' "$schema" \
    >>"$conf/org.tandem.storage.cfg"
fi
printf 'token = %s\n' "$token" >"$conf/org.tandem.admin.cfg"
printf 'baseUrl = http://127.0.0.1:%s\n' "$port" >"$conf/org.tandem.lti.cfg"
java -Djdk.util.zip.disableZip64ExtraFieldValidation=true -Djava.util.logging.config.file="$conf/logging.properties" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dorg.osgi.service.http.port="$port" -Dorg.apache.felix.http.host=127.0.0.1 -Dfelix.fileinstall.dir="$conf" ${SERVER_JVM:-} \
  -jar "$jar" >"$conf/server.log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  [ -z "$schema" ] || psql -q -h 127.0.0.1 -U postgres -d test -c "SET client_min_messages = warning; DROP SCHEMA $schema CASCADE"
}
trap cleanup EXIT
until grep -q "Tandem is ready" "$conf/server.log"; do
  kill -0 "$pid" 2>/dev/null || { echo "server died; see $conf/server.log" >&2; exit 1; }
  sleep 0.2
done
java -Dtandem.bench.warmup="${WARM_UP:-20}" -cp "integration-tests/target/test-classes:$(cat integration-tests/target/bench.classpath)" \
  org.tandem.itests.LaunchBench "http://127.0.0.1:$port" "$token" "$concurrency" "$seconds" "$pid" "$db"
