#!/usr/bin/env bash
# Durability under kill -9: the shipped server jar takes writes from 8 clients and is killed at a
# random moment, [cycles] times; after each restart every acknowledged write (201) must be there.
# Prints the writes acknowledged and lost, and the time to the ready line, cold and after each kill.
#   bench/kill9.sh [cycles] [derby|postgresql]     (default 10, derby)
set -euo pipefail
cd "$(dirname "$0")/.."
cycles="${1:-10}"
db="${2:-derby}"
. bench/lib.sh
bench_classpath
java -Dtandem.serverjar="$PWD/$jar" -Dtandem.conf="$PWD/conf" \
  -cp "integration-tests/target/test-classes:$(cat integration-tests/target/bench.classpath)" \
  org.tandem.itests.KillNine "$cycles" "$db"
