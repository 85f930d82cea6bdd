#!/usr/bin/env bash
# Where a read's CPU goes in a running JVM: async-profiler 4.1 loaded into it (jcmd
# JVMTI.agent_load, no restart) for the length of one wrk run, so that neither the start nor the
# warm-up is in the profile. Leaves OUT/NAME.collapsed (CPU, 1 ms, per thread; a flame graph from
# it with async-profiler's converter, or any tool that reads collapsed stacks),
# and prints the CPU per request of each library (inclusive: a frame anywhere on the stack) and the
# hottest frames of its own (bench/profile-summary.py).
#
# Usage: bench/profile-read.sh NAME URL [TOKEN]
#   e.g. bench/profile-read.sh indicators http://localhost:8081/api/units/665 "$(dev/mint-token.sh a viewer)"
# Settings: OUT (bench/target/profiles), SECONDS_EACH (15), CONNECTIONS (4), WARM_UP (20 s of wrk
# first), ASYNC_PROFILER (libasyncProfiler.so; else taken from the Maven repository).
set -euo pipefail
cd "$(dirname "$0")/.."
NAME="$1"
URL="$2"
TOKEN="${3:-}"
OUT="$(realpath -m "${OUT:-bench/target/profiles}")"
SECONDS_EACH="${SECONDS_EACH:-15}"
CONNECTIONS="${CONNECTIONS:-4}"
WARM_UP="${WARM_UP:-20}"
mkdir -p "$OUT"

so="${ASYNC_PROFILER:-$OUT/async-profiler/linux-x64/libasyncProfiler.so}"
if [[ ! -f "$so" ]]; then
  ./mvnw -B -q -N dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 -DoutputDirectory="$OUT/async-profiler" >&2
  (cd "$OUT/async-profiler" && unzip -q -o async-profiler-4.1.jar 'linux-x64/*')
fi
so="$(realpath "$so")"
port=$(echo "$URL" | sed -E 's#^[a-z]+://[^:/]+:([0-9]+).*#\1#')
pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[[ -n "$pid" ]] || { echo "nothing listens on port $port"; exit 1; }
auth=()
[[ -z "$TOKEN" ]] || auth=(-H "Authorization: Bearer $TOKEN")
curl -sf -o /dev/null "${auth[@]}" "$URL" || { echo "GET $URL failed"; exit 1; }

[[ "$WARM_UP" == 0 ]] || wrk -t1 -c"$CONNECTIONS" -d"${WARM_UP}s" "${auth[@]}" "$URL" > /dev/null
# jcmd reads key=value as its own arguments: the agent's options go quoted, as one
jcmd "$pid" JVMTI.agent_load "$so" '"start,event=cpu,interval=1ms,threads"' > /dev/null
out=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" "${auth[@]}" "$URL")
jcmd "$pid" JVMTI.agent_load "$so" "\"stop,file=$OUT/$NAME.collapsed\"" > /dev/null
[[ -s "$OUT/$NAME.collapsed" ]] || { echo "no profile written: see the JVM's own output"; exit 1; }
requests=$(echo "$out" | awk '/requests in/ {print $1}')
echo "== $NAME: $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s, $requests requests, pid $pid"
python3 bench/profile-summary.py "$OUT/$NAME.collapsed" "$requests"
