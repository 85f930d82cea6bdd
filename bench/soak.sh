#!/usr/bin/env bash
# A mixed load through the gateway of a running suite (start it with ./run-local.sh) for a given
# time: 16 users by default, each under the gateway's rate limit, reading, replacing records they
# all share (figures, a committee's members, a plan's candidates, a session's conclusion and
# participant, a cadre), creating, importing CSV, rendering PDFs, and carrying their own sessions
# and plans through every step. Prints errors per route (5xx, unexpected 4xx), p50 and p99, and
# each service's live heap after a full GC (jcmd GC.run, GC.heap_info) after the setup, at the
# start (after a warm-up, a tenth of the time) and at the end. Exits 1 on any error.
# The build runs the same scenario for 60 seconds against the real jars (suite-tests).
# Needs a JDK (jcmd) and ss (iproute2) to find the services' processes by port.
# Usage: bench/soak.sh [duration, e.g. 10m or 90s] [users]
#        GATEWAY=http://localhost:8080 (the services on the next three ports), RATE=8 per user
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10m}"
USERS="${2:-16}"
GATEWAY="${GATEWAY:-http://localhost:8080}"
base="${GATEWAY##*:}"
base="${base%%/*}"

pid_on() { ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
pids=()
offset=0
for service in gateway indicators-service cadre-service survey-service; do
  pid="$(pid_on $((base + offset)) || true)"
  if [ -n "$pid" ]; then
    pids+=("--pid=$service=$pid")
  else
    echo "nothing listens on port $((base + offset)): the heap of $service is not measured" >&2
  fi
  offset=$((offset + 1))
done

[ -f local-stack/target/local-stack.jar ] || ./mvnw -B -q -pl local-stack -am package -DskipTests
exec java -cp local-stack/target/local-stack.jar vn.khaosat.local.soak.SoakMain \
  --gateway="$GATEWAY" --users="$USERS" --duration="$DURATION" --rate="${RATE:-8}" "${pids[@]}"
