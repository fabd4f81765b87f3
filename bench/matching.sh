#!/usr/bin/env bash
# Matching benchmark: synthetic programs of n mentees and n/4 mentors (capacity 4; one mentee in five
# seeks a career and a psychosocial mentor), people drawn from pools of research areas, values, time
# slots and languages. For each size, in one run: scoring every allowed pair into each slot's best K,
# the optimal assignment on that sparse graph (OR-Tools min-cost flow), the optimum over ALL pairs
# proven by column generation, and the greedy baseline; times, heap, and the scores' gaps.
#   bench/matching.sh [sizes…]          (default 1000 10000 50000)
#   K=32 HEAP=8g bench/matching.sh 10000
set -euo pipefail
cd "$(dirname "$0")/.."
module=bundles/org.tandem.matching
[ -f "$module/target/classes/ortools-linux-x86-64/libjniortools.so" ] || mvn -B -q -DskipTests install
mvn -B -q -o -pl "$module" test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null 2>&1 \
  || mvn -B -q -pl "$module" test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
exec java -Xmx"${HEAP:-8g}" -Dk="${K:-24}" \
  -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")" \
  org.tandem.matching.bench.MatchingBench "$@"
