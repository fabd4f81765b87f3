#!/usr/bin/env bash
# Measures how long the server takes from a cold `java -jar` to its first 200 from /api/health and to
# its ready line (every running feature's endpoints answer: the honest ready), and its resident memory
# then, with embedded Derby. Each run starts on an empty data directory (the
# first start, which also creates and migrates the database) and then once more on that data.
#   bench/startup.sh [runs]     (default 3; builds the server first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar=features/org.tandem.server/target/server.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package -pl features/org.tandem.server -am
command -v curl >/dev/null || { echo "needs curl" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

measure() { # $1 = conf dir, $2 = label
  local port start pid ms rss
  port=$(free_port)
  start=$(date +%s%N)
  java ${SERVER_JVM:-} -Djdk.util.zip.disableZip64ExtraFieldValidation=true -Djava.util.logging.config.file="$1/logging.properties" \
    -Dorg.osgi.service.http.port="$port" -Dorg.apache.felix.http.host=127.0.0.1 -Dfelix.fileinstall.dir="$1" \
    -jar "$jar" >"$1/server.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "server died; see $1/server.log" >&2; exit 1; }
    (( ($(date +%s%N) - start) / 1000000 > 60000 )) && { echo "no 200 within 60 s" >&2; kill "$pid"; exit 1; }
    sleep 0.05
  done
  health=$(( ($(date +%s%N) - start) / 1000000 ))
  until grep -q "Tandem is ready at" "$1/server.log"; do
    (( ($(date +%s%N) - start) / 1000000 > 180000 )) && { echo "not ready within 180 s" >&2; kill "$pid"; exit 1; }
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%-12s health 200 after %5d ms   ready after %5d ms   RSS %4d MB\n' "$2" "$health" "$ms" "$rss"
  echo "$ms $rss" >>"$results"
}

results=$(mktemp)
echo "Tandem startup, $runs run(s), $(nproc) cores, $(java -version 2>&1 | head -1)"
for i in $(seq "$runs"); do
  conf=$(mktemp -d)
  data=$(mktemp -d) # beside conf, as ./tandem has them: FileInstall watches conf and would zip a folder in it
  cp conf/logging.properties "$conf/"
  printf 'dataDirectory = %s\n' "$data" >"$conf/org.tandem.storage.cfg"
  measure "$conf" "cold #$i"
  measure "$conf" "warm #$i"
  rm -rf "$conf" "$data"
done
sort -n "$results" | awk '{ms[NR]=$1; if ($2>max) max=$2} END {printf "median ready: %d ms, max RSS: %d MB (targets: 3000 ms, 300 MB)\n", ms[int((NR+1)/2)], max}'
rm -f "$results"
