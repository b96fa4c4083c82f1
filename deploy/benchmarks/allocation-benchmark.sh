#!/usr/bin/env bash
# Runs the JMH AllocationBenchmark: one seat allocation of a 5,000-seat, 250-school conference.
# Prints JMH's result table (average time per allocation, in ms). Extra arguments go to JMH,
# e.g. `deploy/benchmarks/allocation-benchmark.sh -prof gc`.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Compiles main and test classes; the JMH annotation processor writes the harness. The service
# builds against the platform library in the local Maven repository: install it when missing.
if ! ./mvnw -q -B -f registration-service/pom.xml test-compile -Dspotless.check.skip; then
  echo "Installing the platform library into the local Maven repository, then retrying..."
  ./mvnw -q -B -f platform/pom.xml install -DskipTests -Dspotless.check.skip
  ./mvnw -q -B -f registration-service/pom.xml test-compile -Dspotless.check.skip
fi

classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -q -B -f registration-service/pom.xml dependency:build-classpath -Dmdep.outputFile="$classpath_file"

classes=registration-service/target/test-classes:registration-service/target/classes
java -cp "$classes:$(cat "$classpath_file")" org.openjdk.jmh.Main AllocationBenchmark \
  -f 1 -wi 3 -i 5 -bm avgt -tu ms "$@"
