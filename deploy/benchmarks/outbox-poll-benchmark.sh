#!/usr/bin/env bash
# Runs OutboxPollBenchmark.java: the outbox relay's poll against the embedded MongoDB server at
# 1k, 10k and 50k documents, beside the full-scan read it replaced. Extra arguments are the sizes,
# e.g. `deploy/benchmarks/outbox-poll-benchmark.sh 1000 100000`. Builds nothing into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/../.."

classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
# One reactor build: the platform test module's classpath then names the platform's own
# target/classes rather than an installed jar.
./mvnw -q -B -pl platform/platform-test -am compile dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dspotless.check.skip

classes=platform/platform-core/target/classes
java -cp "$classes:$(cat "$classpath_file")" deploy/benchmarks/OutboxPollBenchmark.java "$@"
