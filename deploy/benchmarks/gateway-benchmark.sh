#!/usr/bin/env bash
# Gateway benchmark (issue 12): what the gateway costs on an authenticated read. In one run on the
# embedded runtime, the same GET /api/conferences/{id} with a real Secretariat token, from the same
# client threads (16), through the gateway and straight to registration-service: warm-up, then
# measured rounds that alternate the two paths. Reports reads/s, p50/p99/max latency, CPU ms per read
# of the gateway and of registration-service, and the gateway's throughput as a fraction of the
# direct path's (goal >= 0.5). Exits non-zero if any read failed.
#
#   deploy/benchmarks/gateway-benchmark.sh
#
# The services run with the JVM's default JIT and collector (QUORUM_APP_JVM=default), not the C1-only
# flags of a developer's `./quorum up`; GATEWAY_BENCH_APP_JVM=c1 measures those instead.
#
# All reads carry one Secretariat token, so they are one client for the gateway's rate limiter
# (200 requests/s by default): the script raises that limit (GATEWAY_RATE_LIMIT_REQUESTS=100000) so
# that the limiter still runs on every read but never refuses one.
#
# Environment (all optional): GATEWAY_BENCH_THREADS (16), GATEWAY_BENCH_ROUNDS (6),
# GATEWAY_BENCH_SECONDS (5 per path and round), GATEWAY_BENCH_WARMUP (120 s per path: C2 compiles the
# read path only after tens of thousands of calls; with 20 s the rounds still rose one after the other,
# and a gateway in service has run for hours),
# GATEWAY_BENCH_APP_JVM (default | c1), GATEWAY_BENCH_JFR=1 (records the gateway with JDK Flight
# Recorder, settings=profile, after the warm-up (idle pause and measured rounds), into $GATEWAY_BENCH_HOME/gateway.jfr;
# keeps the home; prints where the samples went with gateway-jfr-breakdown.py), GATEWAY_BENCH_HOME (/tmp/quorum-gateway-bench-<pid>), GATEWAY_BENCH_KEEP_HOME=1,
# GATEWAY_BENCH_FORCE_BUILD=1, GATEWAY_BENCH_START_TIMEOUT (1200 s), GATEWAY_BENCH_TIMEOUT (600 s),
# JAVA_HOME.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$HERE/../.." && pwd -P)"
START_TIMEOUT="${GATEWAY_BENCH_START_TIMEOUT:-1200}"
RUN_TIMEOUT="${GATEWAY_BENCH_TIMEOUT:-600}"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java)"; fi
command -v python3 >/dev/null || { echo "gateway-benchmark: python3 is needed to pick free ports" >&2; exit 2; }

QUORUM_HOME="${GATEWAY_BENCH_HOME:-/tmp/quorum-gateway-bench-$$}"
case "$QUORUM_HOME" in /*) ;; *) QUORUM_HOME="$PWD/$QUORUM_HOME" ;; esac
if [[ -e "$QUORUM_HOME" && -n "$(ls -A "$QUORUM_HOME" 2>/dev/null)" ]]; then
  echo "gateway-benchmark: $QUORUM_HOME is not empty; set GATEWAY_BENCH_HOME to a fresh directory" >&2
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
((${#PORTS[@]} == 9)) || { echo "gateway-benchmark: could not find 9 free ports" >&2; exit 2; }
export QUORUM_GATEWAY_PORT="${PORTS[0]}" QUORUM_REGISTRATION_PORT="${PORTS[1]}" QUORUM_COMMITTEE_PORT="${PORTS[2]}"
export QUORUM_VOTING_PORT="${PORTS[3]}" QUORUM_GUIDE_PORT="${PORTS[4]}" QUORUM_KAFKA_PORT="${PORTS[5]}"
export QUORUM_KAFKA_CONTROLLER_PORT="${PORTS[6]}" QUORUM_MONGO_PORT="${PORTS[7]}"
export QUORUM_GATEWAY_MANAGEMENT_PORT="${PORTS[8]}"
export QUORUM_ADMIN_USERNAME=secretariat QUORUM_ADMIN_PASSWORD=gateway-benchmark-secretariat
export GATEWAY_RATE_LIMIT_REQUESTS=100000
# A loaded machine starts five Spring services slowly: wait longer than ./quorum up's 180 s default.
export QUORUM_START_TIMEOUT="${QUORUM_START_TIMEOUT:-600}"
case "${GATEWAY_BENCH_APP_JVM:-default}" in
  default) export QUORUM_APP_JVM=default ;;
  c1) unset QUORUM_APP_JVM ;;
  *) echo "gateway-benchmark: GATEWAY_BENCH_APP_JVM is default or c1" >&2; exit 2 ;;
esac

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  (cd "$ROOT" && ./quorum down) >"$QUORUM_HOME/down.log" 2>&1 || status=1
  if [[ $status -eq 0 && "${GATEWAY_BENCH_KEEP_HOME:-}" != 1 ]]; then rm -rf "$QUORUM_HOME"; else echo "Data and logs kept in $QUORUM_HOME."; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "=== Gateway benchmark ==="
echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo n/a)"
echo "machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "app JVM: ${GATEWAY_BENCH_APP_JVM:-default} (QUORUM_APP_JVM=${QUORUM_APP_JVM:-unset})"

# Reuse the jars when no source is newer than the oldest of them (./quorum up's staleness rule; a
# fresh home has no build stamp). GATEWAY_BENCH_FORCE_BUILD=1 always builds.
if [[ "${GATEWAY_BENCH_FORCE_BUILD:-}" != 1 ]]; then
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
  echo "gateway-benchmark: ./quorum up --detach failed; its output:" >&2
  tail -n 40 "$QUORUM_HOME/up.log" >&2
  exit 1
fi
echo "Quorum is up after $((SECONDS - started)) s; load $(cut -d' ' -f1-3 /proc/loadavg)"
gateway_pid="$(head -n 1 "$QUORUM_HOME/run/gateway.pid" 2>/dev/null | tr -dc '0-9')"
registration_pid="$(head -n 1 "$QUORUM_HOME/run/registration.pid" 2>/dev/null | tr -dc '0-9')"
jfr=()
if [[ "${GATEWAY_BENCH_JFR:-}" == 1 && -n "$gateway_pid" ]]; then
  GATEWAY_BENCH_KEEP_HOME=1
  jfr=(--jfr-pid "$gateway_pid" --jfr-file "$QUORUM_HOME/gateway.jfr")
fi

status=0
timeout --kill-after=30 "$RUN_TIMEOUT" "$JAVA" -Xmx256m "$HERE/GatewayBenchmark.java" \
  --gateway "http://127.0.0.1:$QUORUM_GATEWAY_PORT" --direct "http://127.0.0.1:$QUORUM_REGISTRATION_PORT" \
  --threads "${GATEWAY_BENCH_THREADS:-16}" --rounds "${GATEWAY_BENCH_ROUNDS:-6}" \
  --seconds "${GATEWAY_BENCH_SECONDS:-5}" --warmup-seconds "${GATEWAY_BENCH_WARMUP:-120}" \
  --pids "gateway=$gateway_pid,registration=$registration_pid" "${jfr[@]}" || status=$?
if ((${#jfr[@]})) && [[ -f "$QUORUM_HOME/gateway.jfr" ]]; then
  JFR="$(dirname "$JAVA")/jfr" python3 "$HERE/gateway-jfr-breakdown.py" "$QUORUM_HOME/gateway.jfr" || status=1
fi
exit "$status"
