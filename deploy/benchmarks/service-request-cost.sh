#!/usr/bin/env bash
# Service request cost (issues 8, 10, 12): the CPU one simple request costs registration-service,
# straight (no gateway), on the embedded runtime: (a) an authenticated GET /api/conferences/{id},
# (b) an authenticated PATCH of it with an Idempotency-Key. Warm-up (reads and writes alternating),
# then measured rounds; prints MongoDB commands per request and CPU ms per request of
# registration-service, the MongoDB server and Kafka (from /proc/<pid>/stat, net of idle), of
# registration-service's thread groups (request threads, GC, JIT; /proc/<pid>/task), and a JFR
# (settings=profile) breakdown of registration-service by component for the reads and for the
# writes. Exits non-zero if any request failed. See docs/performance.md, "Service request cost".
#
#   QUORUM_APP_JVM=default bash deploy/benchmarks/service-request-cost.sh
#
# Any setting of the services can be compared by environment, e.g. MANAGEMENT_TRACING_ENABLED=false.
# Environment (all optional): COST_THREADS (4), COST_ROUNDS (4), COST_SECONDS (10 per kind and round),
# COST_WARMUP (90 s), COST_APP_JVM (default | c1), COST_JFR=0 (no recording), COST_HOME
# (/tmp/quorum-request-cost-<pid>), COST_KEEP_HOME=1, COST_START_TIMEOUT (1200 s), COST_TIMEOUT
# (900 s), JAVA_HOME.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$HERE/../.." && pwd -P)"
START_TIMEOUT="${COST_START_TIMEOUT:-1200}"
RUN_TIMEOUT="${COST_TIMEOUT:-900}"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java)"; fi
command -v python3 >/dev/null || { echo "service-request-cost: python3 is needed to pick free ports" >&2; exit 2; }

QUORUM_HOME="${COST_HOME:-/tmp/quorum-request-cost-$$}"
case "$QUORUM_HOME" in /*) ;; *) QUORUM_HOME="$PWD/$QUORUM_HOME" ;; esac
if [[ -e "$QUORUM_HOME" && -n "$(ls -A "$QUORUM_HOME" 2>/dev/null)" ]]; then
  echo "service-request-cost: $QUORUM_HOME is not empty; set COST_HOME to a fresh directory" >&2
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
((${#PORTS[@]} == 9)) || { echo "service-request-cost: could not find 9 free ports" >&2; exit 2; }
export QUORUM_GATEWAY_PORT="${PORTS[0]}" QUORUM_REGISTRATION_PORT="${PORTS[1]}" QUORUM_COMMITTEE_PORT="${PORTS[2]}"
export QUORUM_VOTING_PORT="${PORTS[3]}" QUORUM_GUIDE_PORT="${PORTS[4]}" QUORUM_KAFKA_PORT="${PORTS[5]}"
export QUORUM_KAFKA_CONTROLLER_PORT="${PORTS[6]}" QUORUM_MONGO_PORT="${PORTS[7]}"
export QUORUM_GATEWAY_MANAGEMENT_PORT="${PORTS[8]}"
export QUORUM_ADMIN_USERNAME=secretariat QUORUM_ADMIN_PASSWORD=request-cost-secretariat
# A loaded machine starts five Spring services slowly: wait longer than ./quorum up's 180 s default.
export QUORUM_START_TIMEOUT="${QUORUM_START_TIMEOUT:-600}"
case "${COST_APP_JVM:-default}" in
  default) export QUORUM_APP_JVM=default ;;
  c1) unset QUORUM_APP_JVM ;;
  *) echo "service-request-cost: COST_APP_JVM is default or c1" >&2; exit 2 ;;
esac

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  (cd "$ROOT" && ./quorum down) >"$QUORUM_HOME/down.log" 2>&1 || status=1
  if [[ $status -eq 0 && "${COST_KEEP_HOME:-}" != 1 ]]; then rm -rf "$QUORUM_HOME"; else echo "Data and logs kept in $QUORUM_HOME."; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "=== Service request cost ==="
echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo n/a)"
echo "machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "app JVM: ${COST_APP_JVM:-default}; tracing ${MANAGEMENT_TRACING_ENABLED:-on (default)}"

# Reuse the jars when no source is newer than the oldest of them (./quorum up's staleness rule; a
# fresh home has no build stamp). COST_FORCE_BUILD=1 always builds.
if [[ "${COST_FORCE_BUILD:-}" != 1 ]]; then
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
  echo "service-request-cost: ./quorum up --detach failed; its output:" >&2
  tail -n 40 "$QUORUM_HOME/up.log" >&2
  exit 1
fi
echo "Quorum is up after $((SECONDS - started)) s; load $(cut -d' ' -f1-3 /proc/loadavg)"
pid_of() { head -n 1 "$QUORUM_HOME/run/$1.pid" 2>/dev/null | tr -dc '0-9'; }
registration_pid="$(pid_of registration)"
jfr=()
if [[ "${COST_JFR:-1}" == 1 && -n "$registration_pid" ]]; then
  mkdir -p "$QUORUM_HOME/jfr"
  jfr=(--jfr-pid "$registration_pid" --jfr-dir "$QUORUM_HOME/jfr")
fi

status=0
timeout --kill-after=30 "$RUN_TIMEOUT" "$JAVA" -Xmx256m "$HERE/ServiceRequestCost.java" \
  --service "http://127.0.0.1:$QUORUM_REGISTRATION_PORT" --threads "${COST_THREADS:-4}" \
  --rounds "${COST_ROUNDS:-4}" --seconds "${COST_SECONDS:-10}" --warmup-seconds "${COST_WARMUP:-90}" \
  --pids "registration=$registration_pid,mongo=$(pid_of mongo),kafka=$(pid_of kafka)" "${jfr[@]}" || status=$?
if ((${#jfr[@]})); then
  for kind in read write; do
    echo
    echo "JFR breakdown of registration-service, measured ${kind}s:"
    JFR="$(dirname "$JAVA")/jfr" python3 "$HERE/service-jfr-breakdown.py" "$QUORUM_HOME/jfr/$kind"-*.jfr || status=1
  done
fi
exit "$status"
