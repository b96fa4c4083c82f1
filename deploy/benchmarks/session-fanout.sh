#!/usr/bin/env bash
# Session fan-out benchmark: 30 committees with a live session each and 40 SSE streams per session
# (1,200 streams) through the gateway of the embedded runtime. Every committee's chair changes its
# session (suspend / resume) 20 times, all committees at once each round; reports the events
# delivered per second and the delay from each change's HTTP answer to its event on every stream
# (p50/p90/p99/max), and fails if any stream never saw a change.
#
#   deploy/benchmarks/session-fanout.sh
#
# It starts a private Quorum with `./quorum up --detach` (building what is stale) in its own
# QUORUM_HOME on free loopback ports, runs SessionFanout.java (JDK only) against the gateway, and
# runs `./quorum down` on exit. As in registration-rush.sh, loopback is the gateway's trusted proxy
# and each chair and stream names its own client address, so rate limits apply per client.
#
# Environment (all optional): FANOUT_COMMITTEES (30), FANOUT_STREAMS (40 per session),
#   FANOUT_ROUNDS (20), FANOUT_TIMEOUT (900 s), FANOUT_START_TIMEOUT (1200 s), FANOUT_HOME,
#   FANOUT_KEEP_HOME=1, FANOUT_FORCE_BUILD=1, FANOUT_ADMIN_PASSWORD, JAVA_HOME
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$HERE/../.." && pwd -P)"

COMMITTEES="${FANOUT_COMMITTEES:-30}"
STREAMS="${FANOUT_STREAMS:-40}"
ROUNDS="${FANOUT_ROUNDS:-20}"
FANOUT_TIMEOUT="${FANOUT_TIMEOUT:-900}"
START_TIMEOUT="${FANOUT_START_TIMEOUT:-1200}"
for number in "$COMMITTEES" "$STREAMS" "$ROUNDS" "$FANOUT_TIMEOUT" "$START_TIMEOUT"; do
  [[ "$number" =~ ^[1-9][0-9]*$ ]] || { echo "session-fanout: '$number' is not a positive number" >&2; exit 2; }
done
((FANOUT_TIMEOUT >= 120)) || { echo "session-fanout: FANOUT_TIMEOUT must be at least 120 s" >&2; exit 2; }

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java)"; fi
command -v python3 >/dev/null || { echo "session-fanout: python3 is needed to pick free ports" >&2; exit 2; }
command -v timeout >/dev/null || { echo "session-fanout: timeout (coreutils) is needed" >&2; exit 2; }

# A private home: never someone's ./.quorum, never a QUORUM_HOME exported for a dev instance.
QUORUM_HOME="${FANOUT_HOME:-/tmp/quorum-fanout-$$}"
case "$QUORUM_HOME" in /*) ;; *) QUORUM_HOME="$PWD/$QUORUM_HOME" ;; esac
if [[ -e "$QUORUM_HOME" && -n "$(ls -A "$QUORUM_HOME" 2>/dev/null)" ]]; then
  echo "session-fanout: $QUORUM_HOME exists and is not empty; the benchmark wants a fresh home (set FANOUT_HOME)" >&2
  exit 2
fi
mkdir -p "$QUORUM_HOME/logs"
export QUORUM_HOME

# Free ports below the ephemeral range (so no outgoing connection grabs one before the parts bind it).
read -r -a PORTS < <(python3 - <<'EOF'
import random, socket
low = int(open('/proc/sys/net/ipv4/ip_local_port_range').read().split()[0]) if __import__('os').path.exists('/proc/sys/net/ipv4/ip_local_port_range') else 32768
held, ports = [], []
for candidate in random.sample(range(20000, min(low, 32768) - 1), 400):
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
EOF
)
((${#PORTS[@]} == 9)) || { echo "session-fanout: could not find 9 free ports" >&2; exit 2; }
export QUORUM_GATEWAY_PORT="${PORTS[0]}" QUORUM_REGISTRATION_PORT="${PORTS[1]}" QUORUM_COMMITTEE_PORT="${PORTS[2]}"
export QUORUM_VOTING_PORT="${PORTS[3]}" QUORUM_GUIDE_PORT="${PORTS[4]}" QUORUM_KAFKA_PORT="${PORTS[5]}"
export QUORUM_KAFKA_CONTROLLER_PORT="${PORTS[6]}" QUORUM_MONGO_PORT="${PORTS[7]}"
export QUORUM_GATEWAY_MANAGEMENT_PORT="${PORTS[8]}"
# The load generator plays 250 schools from loopback, each naming itself in X-Forwarded-For.
export GATEWAY_TRUSTED_PROXIES='127[.]0[.]0[.]1|0:0:0:0:0:0:0:1'
export QUORUM_ADMIN_USERNAME=secretariat
export QUORUM_ADMIN_PASSWORD="${FANOUT_ADMIN_PASSWORD:-session-fanout-secretariat}"
GATEWAY="http://127.0.0.1:$QUORUM_GATEWAY_PORT"

# The processes of this home: every part carries -Dquorum.home=<home> (exact argument match).
own_pids() {
  ps -eo pid=,args= | awk -v arg="-Dquorum.home=$QUORUM_HOME" '
    { for (i = 2; i <= NF; i++) if ($i == arg) { print $1; next } }'
}

cleanup() {
  local status=$? leftover
  trap - EXIT INT TERM
  echo
  echo "Stopping Quorum ($QUORUM_HOME) ..."
  if ! (cd "$ROOT" && ./quorum down) >"$QUORUM_HOME/down.log" 2>&1; then
    echo "session-fanout: ./quorum down failed, see $QUORUM_HOME/down.log" >&2
    status=$((status == 0 ? 1 : status))
  fi
  leftover="$(own_pids | tr '\n' ' ')"
  if [[ -n "${leftover// /}" ]]; then
    echo "session-fanout: still running after down, stopping by pid: $leftover" >&2
    # shellcheck disable=SC2086
    kill $leftover 2>/dev/null || true
    sleep 5
    leftover="$(own_pids | tr '\n' ' ')"
    # shellcheck disable=SC2086
    [[ -z "${leftover// /}" ]] || kill -9 $leftover 2>/dev/null || true
    status=$((status == 0 ? 1 : status))
  fi
  if [[ $status -eq 0 && "${FANOUT_KEEP_HOME:-}" != 1 ]]; then
    rm -rf "$QUORUM_HOME"
  else
    echo "Data and logs kept in $QUORUM_HOME (logs/<part>.log)."
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "=== Session fan-out benchmark ==="
echo "date:        $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "commit:      $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo n/a)" \
  "($(git -C "$ROOT" status --porcelain 2>/dev/null | wc -l | tr -d ' ') changed files in the working tree)"
echo "machine:     $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $("$JAVA" -version 2>&1 | head -n 1)"
echo "load:        $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before starting"
echo "home:        $QUORUM_HOME"
echo "ports:       gateway $QUORUM_GATEWAY_PORT, registration $QUORUM_REGISTRATION_PORT, committee $QUORUM_COMMITTEE_PORT," \
  "voting $QUORUM_VOTING_PORT, guide $QUORUM_GUIDE_PORT, kafka $QUORUM_KAFKA_PORT/$QUORUM_KAFKA_CONTROLLER_PORT, mongo $QUORUM_MONGO_PORT," \
  "gateway management $QUORUM_GATEWAY_MANAGEMENT_PORT"
echo

# Reuse the jars when no source is newer than the oldest of them: ./quorum up builds when a
# pom.xml or a file under a src/ is newer than $QUORUM_HOME/build.stamp, and a fresh home has none.
if [[ "${FANOUT_FORCE_BUILD:-}" != 1 ]]; then
  artifacts=("$ROOT/deploy/local-runtime/target/local-runtime.jar" "$ROOT/deploy/mongo-server/target/mongo-server.jar"
    "$ROOT/deploy/kafka-broker/target/lib")
  for module in registration-service committee-service voting-service guide-service gateway; do
    artifacts+=("$ROOT/$module/target/$module.jar")
  done
  present=1
  for artifact in "${artifacts[@]}"; do [[ -e "$artifact" ]] || present=0; done
  if ((present)); then
    # shellcheck disable=SC2012
    oldest="$(ls -1dtr "${artifacts[@]}" | head -n 1)"
    touch -r "$oldest" "$QUORUM_HOME/build.stamp"
  fi
fi

echo "Starting Quorum: ./quorum up --detach (builds what is stale) ..."
started=$SECONDS
if ! (cd "$ROOT" && timeout --kill-after=30 "$START_TIMEOUT" ./quorum up --detach) >"$QUORUM_HOME/up.log" 2>&1; then
  echo "session-fanout: ./quorum up --detach failed or took over $START_TIMEOUT s; its output:" >&2
  tail -n 40 "$QUORUM_HOME/up.log" >&2
  exit 1
fi
grep -E '^(Building|Built|  BUILD)' "$QUORUM_HOME/up.log" || echo "(no build needed)"
echo "Quorum is up after $((SECONDS - started)) s; gateway $GATEWAY"
echo "load:        $(cut -d' ' -f1-3 /proc/loadavg) before the fan-out"
echo

status=0
timeout --kill-after=30 "$FANOUT_TIMEOUT" "$JAVA" -Xmx512m "$HERE/SessionFanout.java" \
  --gateway "$GATEWAY" --committees "$COMMITTEES" --streams "$STREAMS" --rounds "$ROUNDS" || status=$?
echo "load:        $(cut -d' ' -f1-3 /proc/loadavg) after the fan-out"
exit "$status"
