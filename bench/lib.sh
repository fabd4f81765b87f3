# Shared by the bench scripts (sourced, from the repository's root): builds the server if it is missing
# and writes the test classpath the harnesses run on to integration-tests/target/bench.classpath.
jar=features/org.tandem.server/target/server.jar
bench_classpath() {
  [ -f "$jar" ] || mvn -B -q -DskipTests install
  mvn -B -q -o -pl integration-tests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null 2>&1 \
    || mvn -B -q -pl integration-tests test-compile dependency:build-classpath -Dmdep.includeScope=test \
       -Dmdep.outputFile=target/bench.classpath
}
