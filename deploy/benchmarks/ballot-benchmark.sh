#!/usr/bin/env bash
# Ballot benchmark (issue 10): one 400-seat committee and 30 of 20 seats vote at once through the
# gateway of the embedded runtime, beside a baseline doing only what a ballot must (one MongoDB
# insert guarded by a unique index on vote + seat, one Kafka send with acks=all), with the same 16
# client threads, against the same Mongo server and broker. Reports ballots/s accepted, latency
# p50/p99, last ballot answered -> "closed" on the vote's SSE stream p50/p99, and the ratio of
# Quorum's rate to the baseline's. Exits non-zero if a ballot failed or a count is off.
#
#   deploy/benchmarks/ballot-benchmark.sh
#
# The services run with the JVM's default JIT and collector (QUORUM_APP_JVM=default), not the C1-only
# flags of a developer's `./quorum up`; BALLOT_APP_JVM=c1 measures those instead.
#
# Votes are opened as committee-service opens them: VoteRequested.v1 published on committee.events.
# The demo Secretariat records every seat's placard (POST /api/votes/{id}/ballots), so all ballots
# come from one client: the gateway's per-client limit (200 requests/s by default) would measure
# itself, not the ballot path, and this script raises it (GATEWAY_RATE_LIMIT_REQUESTS=100000).
#
# Environment (all optional): BALLOT_THREADS (16), BALLOT_BIG (400 seats), BALLOT_SMALL (30
# committees), BALLOT_SMALL_SEATS (20), BALLOT_ROUNDS (2: the first warms up and is not reported),
# BALLOT_FORCE_BUILD=1, BALLOT_APP_JVM (default | c1), BALLOT_PHASES (quorum,baseline | baseline), BALLOT_HOME (/tmp/quorum-ballots-<pid>), BALLOT_KEEP_HOME=1,
# BALLOT_START_TIMEOUT (1200 s), BALLOT_TIMEOUT (600 s), BALLOT_JFR=1 (records voting-service with
# JDK Flight Recorder, started with jcmd after start-up, into $BALLOT_HOME/voting.jfr; keeps the
# home), JAVA_HOME.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$HERE/../.." && pwd -P)"
START_TIMEOUT="${BALLOT_START_TIMEOUT:-1200}"
RUN_TIMEOUT="${BALLOT_TIMEOUT:-600}"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java)"; fi
command -v python3 >/dev/null || { echo "ballot-benchmark: python3 is needed to pick free ports" >&2; exit 2; }

QUORUM_HOME="${BALLOT_HOME:-/tmp/quorum-ballots-$$}"
case "$QUORUM_HOME" in /*) ;; *) QUORUM_HOME="$PWD/$QUORUM_HOME" ;; esac
if [[ -e "$QUORUM_HOME" && -n "$(ls -A "$QUORUM_HOME" 2>/dev/null)" ]]; then
  echo "ballot-benchmark: $QUORUM_HOME is not empty; set BALLOT_HOME to a fresh directory" >&2
  exit 2
fi
mkdir -p "$QUORUM_HOME/logs"
export QUORUM_HOME

read -r -a PORTS < <(python3 - <<'PY'
import random, socket
held, ports = [], []
for candidate in random.sample(range(20000, 32000), 400):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(('0.0.0.0', candidate))
    except OSError:
        s.close()
        continue
    held.append(s)
    ports.append(candidate)
    if len(ports) == 9:
        break
print(' '.join(map(str, ports)))
PY
)
((${#PORTS[@]} == 9)) || { echo "ballot-benchmark: could not find 9 free ports" >&2; exit 2; }
export QUORUM_GATEWAY_PORT="${PORTS[0]}" QUORUM_REGISTRATION_PORT="${PORTS[1]}" QUORUM_COMMITTEE_PORT="${PORTS[2]}"
export QUORUM_VOTING_PORT="${PORTS[3]}" QUORUM_GUIDE_PORT="${PORTS[4]}" QUORUM_KAFKA_PORT="${PORTS[5]}"
export QUORUM_KAFKA_CONTROLLER_PORT="${PORTS[6]}" QUORUM_MONGO_PORT="${PORTS[7]}"
export QUORUM_GATEWAY_MANAGEMENT_PORT="${PORTS[8]}"
export QUORUM_ADMIN_USERNAME=secretariat QUORUM_ADMIN_PASSWORD=ballot-benchmark-secretariat
export GATEWAY_RATE_LIMIT_REQUESTS=100000
case "${BALLOT_APP_JVM:-default}" in
  default) export QUORUM_APP_JVM=default ;;
  c1) unset QUORUM_APP_JVM ;;
  *) echo "ballot-benchmark: BALLOT_APP_JVM is default or c1" >&2; exit 2 ;;
esac

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  (cd "$ROOT" && ./quorum down) >"$QUORUM_HOME/down.log" 2>&1 || status=1
  if [[ $status -eq 0 && "${BALLOT_KEEP_HOME:-}" != 1 ]]; then rm -rf "$QUORUM_HOME"; else echo "Data and logs kept in $QUORUM_HOME."; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "=== Ballot benchmark ==="
echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo n/a)"
echo "machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "app JVM: ${BALLOT_APP_JVM:-default} (QUORUM_APP_JVM=${QUORUM_APP_JVM:-unset})"

classpath_file="$QUORUM_HOME/classpath"
(cd "$ROOT" && ./mvnw -q -B -o -pl platform/platform-core dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dspotless.check.skip) >"$QUORUM_HOME/classpath.log" 2>&1 \
  || { echo "ballot-benchmark: could not resolve the client classpath, see $QUORUM_HOME/classpath.log" >&2; exit 1; }

# Reuse the jars when no source is newer than the oldest of them (./quorum up's staleness rule; a
# fresh home has no build stamp). BALLOT_FORCE_BUILD=1 always builds.
if [[ "${BALLOT_FORCE_BUILD:-}" != 1 ]]; then
  artifacts=("$ROOT/deploy/local-runtime/target/local-runtime.jar" "$ROOT/deploy/mongo-server/target/mongo-server.jar"
    "$ROOT/deploy/kafka-broker/target/lib")
  for module in registration-service committee-service voting-service guide-service gateway; do
    artifacts+=("$ROOT/$module/target/$module.jar")
  done
  present=1
  for artifact in "${artifacts[@]}"; do [[ -e "$artifact" ]] || present=0; done
  if ((present)); then
    # shellcheck disable=SC2012
    touch -r "$(ls -1dtr "${artifacts[@]}" | head -n 1)" "$QUORUM_HOME/build.stamp"
  fi
fi

echo "Starting Quorum: ./quorum up --detach (builds what is stale) ..."
started=$SECONDS
if ! (cd "$ROOT" && timeout --kill-after=30 "$START_TIMEOUT" ./quorum up --detach) >"$QUORUM_HOME/up.log" 2>&1; then
  echo "ballot-benchmark: ./quorum up --detach failed; its output:" >&2
  tail -n 40 "$QUORUM_HOME/up.log" >&2
  exit 1
fi
echo "Quorum is up after $((SECONDS - started)) s; load $(cut -d' ' -f1-3 /proc/loadavg)"
voting_pid="$(head -n 1 "$QUORUM_HOME/run/voting.pid" 2>/dev/null | tr -dc '0-9')"
if [[ "${BALLOT_JFR:-}" == 1 && -n "$voting_pid" ]]; then
  BALLOT_KEEP_HOME=1
  jcmd "$voting_pid" JFR.start name=ballots settings=profile >/dev/null
fi

# CPU seconds each part used (user + system, from /proc), to say where the time went.
cpu_seconds() {
  local part pid ticks
  ticks="$(getconf CLK_TCK 2>/dev/null || echo 100)"
  for part in gateway voting mongo kafka registration committee guide; do
    pid="$(head -n 1 "$QUORUM_HOME/run/$part.pid" 2>/dev/null | tr -dc '0-9')"
    [[ -n "$pid" && -r "/proc/$pid/stat" ]] || continue
    awk -v part="$part" -v ticks="$ticks" '{ sub(/^.*\) /, ""); printf "%s=%.1f ", part, ($12 + $13) / ticks }' "/proc/$pid/stat"
  done
}
cpu_before="$(cpu_seconds)"
status=0
timeout --kill-after=30 "$RUN_TIMEOUT" "$JAVA" -Xmx512m -cp "$(cat "$classpath_file")" \
  "$HERE/BallotBenchmark.java" \
  --gateway "http://127.0.0.1:$QUORUM_GATEWAY_PORT" --kafka "127.0.0.1:$QUORUM_KAFKA_PORT" \
  --mongo "mongodb://127.0.0.1:$QUORUM_MONGO_PORT" --threads "${BALLOT_THREADS:-16}" \
  --big "${BALLOT_BIG:-400}" --small "${BALLOT_SMALL:-30}" --small-seats "${BALLOT_SMALL_SEATS:-20}" \
  --rounds "${BALLOT_ROUNDS:-2}" --phases "${BALLOT_PHASES:-quorum,baseline}" || status=$?
if [[ "${BALLOT_JFR:-}" == 1 && -n "$voting_pid" ]]; then
  jcmd "$voting_pid" JFR.dump name=ballots filename="$QUORUM_HOME/voting.jfr" >/dev/null \
    && echo "JFR of voting-service: $QUORUM_HOME/voting.jfr (jfr print --events jdk.ExecutionSample ...)"
fi
echo "cpu s before the run: $cpu_before"
echo "cpu s after the run:  $(cpu_seconds)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) after the run"
exit "$status"
