#!/usr/bin/env bash
# Runs GuardedWriteBenchmark.java: one guarded single-document write on the embedded MongoDB server
# (H2 backend) as its collection grows, with the filter shapes of the ballot path: a $and of
# equalities (read by a full scan) against the same filter flat with a matching unique index
# (ADR 41). Extra arguments are the sizes, e.g. `deploy/benchmarks/guarded-write-benchmark.sh 1000 8000`.
# Builds nothing into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/../.."

classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file" "$classpath_file.driver"' EXIT
./mvnw -q -B -o -pl deploy/mongo-server dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dspotless.check.skip
./mvnw -q -B -o -pl platform/platform-core dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file.driver" -Dspotless.check.skip

echo "=== Guarded write benchmark: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) ==="
java -cp "$(cat "$classpath_file"):$(cat "$classpath_file.driver")" deploy/benchmarks/GuardedWriteBenchmark.java "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
