#!/usr/bin/env bash
# Registration-rush benchmark: 250 schools and 5,000 delegates registered concurrently through the
# gateway of the embedded runtime. Reports the rush's wall time, per endpoint (apply, add delegate)
# the count, p50/p90/p99/max latency, throughput, answers by status and retries, then
# checks through the API that all 250 schools are ACCEPTED with 20 delegates each. Exits non-zero
# if anything is off.
#
#   deploy/benchmarks/registration-rush.sh
#
# What it does:
#   1. starts a private Quorum with `./quorum up --detach` from the repository root (building what
#      is stale) in its own QUORUM_HOME, on free loopback ports, with a known Secretariat password;
#      `./quorum down` runs on exit, whatever happens, so nothing is left running;
#   2. runs the load generator RegistrationRush.java (JDK only, single-file launch) against the
#      gateway: the Secretariat opens a conference for 5,000 delegates, then every school applies
#      (POST /api/schools; the answer carries the advisor's first token, ADR 30, so there is no
#      separate sign-in) and adds 20 delegates (POST /api/schools/{id}/delegates), 128 client threads at a time; every write carries an
#      Idempotency-Key and is retried (at most 3 tries, same key) on connection errors, 429 (after
#      Retry-After), 502/503/504 and 409 "request in progress";
#   3. prints the report, the CPU time each component used during the rush and the load average.
#
# Cold or warm: with RUSH_WARMUP_SECONDS > 0 the generator first runs a warm-up rush against a
# conference of its own (no school starts after that many seconds), waits RUSH_SETTLE_SECONDS for
# the background work it left (outbox relays, consumers) and only then runs the measured rush, so
# the services' optimizing JIT has compiled the rush path, as hours of traffic would have before a
# real conference opens. RUSH_WARMUP_SECONDS=0 measures services that have just started (cold).
# The default is warm (60 s of warm-up), because registration opens on services that have run for
# hours; the warm-up's own figures (a cold rush's first minute) are printed too, and
# RUSH_WARMUP_SECONDS=0 measures a whole cold rush. The report says which one ran (docs/performance.md).
#
# Each school is its own client, as behind a real proxy: all the load comes from 127.0.0.1, so this
# script makes loopback the gateway's trusted proxy (GATEWAY_TRUSTED_PROXIES; by default the gateway
# trusts nobody) and every simulated school sends its own `X-Forwarded-For: 10.a.b.c`. The gateway's
# rate limits (200 req/s per client, 10 sign-ins per 10 s per address) then apply per school, as in
# production; they are neither disabled nor raised.
#
# Loopback only; bounded: building and starting get RUSH_START_TIMEOUT seconds, the rush and the
# check RUSH_TIMEOUT seconds (the generator stops itself 45 s before), each HTTP request 5 s to
# connect and 30 s to answer.
#
# Environment (all optional):
#   RUSH_SCHOOLS (250), RUSH_DELEGATES (20 per school), RUSH_THREADS (128 client threads)
#   RUSH_WARMUP_SECONDS (60; 0: cold, see above), RUSH_SETTLE_SECONDS (15 s after the warm-up)
#   RUSH_TIMEOUT (900 s: rush and check), RUSH_START_TIMEOUT (1200 s: build and start)
#   RUSH_HOME (/tmp/quorum-rush-<pid>; must not exist yet, or be empty): the QUORUM_HOME used
#   RUSH_KEEP_HOME=1 keeps data and logs after a successful run (they are always kept after a failure)
#   RUSH_FORCE_BUILD=1 always runs the Maven build; by default jars newer than every pom.xml and
#     every file under a src/ are reused (the same staleness rule as ./quorum up)
#   RUSH_ADMIN_PASSWORD (the Secretariat's password in the private Quorum), JAVA_HOME
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$HERE/../.." && pwd -P)"

SCHOOLS="${RUSH_SCHOOLS:-250}"
DELEGATES="${RUSH_DELEGATES:-20}"
THREADS="${RUSH_THREADS:-128}"
RUSH_TIMEOUT="${RUSH_TIMEOUT:-900}"
WARMUP="${RUSH_WARMUP_SECONDS:-60}"
SETTLE="${RUSH_SETTLE_SECONDS:-15}"
for number in "$WARMUP" "$SETTLE"; do
  [[ "$number" =~ ^[0-9]+$ ]] || { echo "registration-rush: '$number' is not a number of seconds" >&2; exit 2; }
done
START_TIMEOUT="${RUSH_START_TIMEOUT:-1200}"
for number in "$SCHOOLS" "$DELEGATES" "$THREADS" "$RUSH_TIMEOUT" "$START_TIMEOUT"; do
  [[ "$number" =~ ^[1-9][0-9]*$ ]] || { echo "registration-rush: '$number' is not a positive number" >&2; exit 2; }
done
((RUSH_TIMEOUT >= 120)) || { echo "registration-rush: RUSH_TIMEOUT must be at least 120 s" >&2; exit 2; }

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java)"; fi
command -v python3 >/dev/null || { echo "registration-rush: python3 is needed to pick free ports" >&2; exit 2; }
command -v timeout >/dev/null || { echo "registration-rush: timeout (coreutils) is needed" >&2; exit 2; }

# A private home: never someone's ./.quorum, never a QUORUM_HOME exported for a dev instance.
QUORUM_HOME="${RUSH_HOME:-/tmp/quorum-rush-$$}"
case "$QUORUM_HOME" in /*) ;; *) QUORUM_HOME="$PWD/$QUORUM_HOME" ;; esac
if [[ -e "$QUORUM_HOME" && -n "$(ls -A "$QUORUM_HOME" 2>/dev/null)" ]]; then
  echo "registration-rush: $QUORUM_HOME exists and is not empty; the benchmark wants a fresh home (set RUSH_HOME)" >&2
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
((${#PORTS[@]} == 9)) || { echo "registration-rush: could not find 9 free ports" >&2; exit 2; }
export QUORUM_GATEWAY_PORT="${PORTS[0]}" QUORUM_REGISTRATION_PORT="${PORTS[1]}" QUORUM_COMMITTEE_PORT="${PORTS[2]}"
export QUORUM_VOTING_PORT="${PORTS[3]}" QUORUM_GUIDE_PORT="${PORTS[4]}" QUORUM_KAFKA_PORT="${PORTS[5]}"
export QUORUM_KAFKA_CONTROLLER_PORT="${PORTS[6]}" QUORUM_MONGO_PORT="${PORTS[7]}"
export QUORUM_GATEWAY_MANAGEMENT_PORT="${PORTS[8]}"
# The load generator plays 250 schools from loopback, each naming itself in X-Forwarded-For.
export GATEWAY_TRUSTED_PROXIES='127[.]0[.]0[.]1|0:0:0:0:0:0:0:1'
export QUORUM_ADMIN_USERNAME=secretariat
export QUORUM_ADMIN_PASSWORD="${RUSH_ADMIN_PASSWORD:-registration-rush-secretariat}"
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
    echo "registration-rush: ./quorum down failed, see $QUORUM_HOME/down.log" >&2
    status=$((status == 0 ? 1 : status))
  fi
  leftover="$(own_pids | tr '\n' ' ')"
  if [[ -n "${leftover// /}" ]]; then
    echo "registration-rush: still running after down, stopping by pid: $leftover" >&2
    # shellcheck disable=SC2086
    kill $leftover 2>/dev/null || true
    sleep 5
    leftover="$(own_pids | tr '\n' ' ')"
    # shellcheck disable=SC2086
    [[ -z "${leftover// /}" ]] || kill -9 $leftover 2>/dev/null || true
    status=$((status == 0 ? 1 : status))
  fi
  if [[ $status -eq 0 && "${RUSH_KEEP_HOME:-}" != 1 ]]; then
    rm -rf "$QUORUM_HOME"
  else
    echo "Data and logs kept in $QUORUM_HOME (logs/<part>.log)."
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "=== Registration-rush benchmark ==="
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
if [[ "${RUSH_FORCE_BUILD:-}" != 1 ]]; then
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
  echo "registration-rush: ./quorum up --detach failed or took over $START_TIMEOUT s; its output:" >&2
  tail -n 40 "$QUORUM_HOME/up.log" >&2
  exit 1
fi
grep -E '^(Building|Built|  BUILD)' "$QUORUM_HOME/up.log" || echo "(no build needed)"
echo "Quorum is up after $((SECONDS - started)) s; gateway $GATEWAY"
echo "load:        $(cut -d' ' -f1-3 /proc/loadavg) before the rush"
echo

watch=()
for part in gateway registration mongo kafka committee voting guide; do
  if [[ -f "$QUORUM_HOME/run/$part.pid" ]]; then
    watch+=("$part:$(head -n 1 "$QUORUM_HOME/run/$part.pid" | tr -dc '0-9')")
  fi
done
watch_option=()
if ((${#watch[@]})); then watch_option=(--watch "$(IFS=,; echo "${watch[*]}")"); fi

if ((WARMUP > 0)); then
  echo "=== Warm-up: ${WARMUP} s of rush against a conference of its own (RUSH_WARMUP_SECONDS) ==="
  if ! timeout --kill-after=30 "$RUSH_TIMEOUT" "$JAVA" -Xmx512m "$HERE/RegistrationRush.java" \
    --gateway "$GATEWAY" --schools "$SCHOOLS" --delegates "$DELEGATES" --threads "$THREADS" \
    --deadline-seconds "$((RUSH_TIMEOUT - 45))" --warmup-seconds "$WARMUP" \
    --clk-tck "$(getconf CLK_TCK 2>/dev/null || echo 100)" "${watch_option[@]}" >"$QUORUM_HOME/warmup.log" 2>&1; then
    echo "registration-rush: the warm-up failed; its output:" >&2
    tail -n 40 "$QUORUM_HOME/warmup.log" >&2
    exit 1
  fi
  grep -E '^(rush wall time|applications|WARM-UP DONE|apply |add delegate |CPU seconds)' "$QUORUM_HOME/warmup.log" | sed 's/^/  warm-up: /'
  sleep "$SETTLE"
  echo "load:        $(cut -d' ' -f1-3 /proc/loadavg) after the warm-up and ${SETTLE} s to settle"
  echo "MEASURED RUN: WARM (after a ${WARMUP} s warm-up rush; RUSH_WARMUP_SECONDS=0 measures it cold)"
else
  echo "MEASURED RUN: COLD (services just started, no warm-up; RUSH_WARMUP_SECONDS=N warms them first)"
fi
echo

rush=(timeout --kill-after=30 "$RUSH_TIMEOUT" "$JAVA" -Xmx512m "$HERE/RegistrationRush.java"
  --gateway "$GATEWAY" --schools "$SCHOOLS" --delegates "$DELEGATES" --threads "$THREADS"
  --deadline-seconds "$((RUSH_TIMEOUT - 45))" --clk-tck "$(getconf CLK_TCK 2>/dev/null || echo 100)")
rush+=("${watch_option[@]}")
status=0
"${rush[@]}" || status=$?
if ((status == 124 || status == 137)); then
  echo "registration-rush: the load generator did not stop within $RUSH_TIMEOUT s and was killed" >&2
fi
echo "load:        $(cut -d' ' -f1-3 /proc/loadavg) after the check"
if ((WARMUP > 0)); then echo "(measured run: WARM, after a ${WARMUP} s warm-up)"; else echo "(measured run: COLD)"; fi
exit "$status"
