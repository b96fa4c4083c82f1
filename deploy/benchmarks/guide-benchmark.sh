#!/usr/bin/env bash
# Runs GuideBenchmark.java: the import time of the sample study guide and search latency p50/p99
# over 200 generated guides, in process with guide-service's real importer and Lucene index.
# Extra arguments: the number of guides and of searches, e.g.
# `deploy/benchmarks/guide-benchmark.sh 200 2000`. Builds nothing into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/../.."

classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -q -B -pl guide-service -am compile dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dspotless.check.skip

classes=guide-service/target/classes
java -cp "$classes:$(cat "$classpath_file")" deploy/benchmarks/GuideBenchmark.java "$@"
