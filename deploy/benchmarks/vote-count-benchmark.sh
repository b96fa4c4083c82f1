#!/usr/bin/env bash
# Runs VoteCountBenchmark.java: the ballot's counting write on the embedded MongoDB server (H2
# backend) as the votes collection grows, in the two shapes ADR 48 weighed: the $and voting-service
# sends (no index serves it: every vote document is read) and the flat {_id, counted} token filter
# with its unique multikey index that commit 2853436 tried. Extra
# arguments are the numbers of 400-seat votes stored, e.g.
# `deploy/benchmarks/vote-count-benchmark.sh 10 100`; VOTE_COUNT_JAVA_OPTS="-Dwarmup=2 -Dverbose=true"
# shortens the warm-up (8 rounds) and prints its rounds. Builds nothing into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/../.."

classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file" "$classpath_file.driver"' EXIT
./mvnw -q -B -o -pl deploy/mongo-server dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dspotless.check.skip
./mvnw -q -B -o -pl platform/platform-core dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file.driver" -Dspotless.check.skip

echo "=== Vote count benchmark: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg) ==="
java ${VOTE_COUNT_JAVA_OPTS:-} -cp "$(cat "$classpath_file"):$(cat "$classpath_file.driver")" deploy/benchmarks/VoteCountBenchmark.java "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
