#!/usr/bin/env bash
# What the gateway costs: wrk on one GET endpoint straight to the service and through the gateway,
# at 4 and 16 connections (throughput) and at 1 connection (latency), the legs alternated (direct,
# gateway, direct, gateway) since the machine is shared, and the CPU each process spent per request
# (utime + stime ticks of /proc/PID/stat over the run, divided by the requests). Run against the
# local stack with the rate limit lifted, or the gateway answers 429 within a second:
#   RATE_LIMIT_PER_MINUTE=10000000 RATE_LIMIT_BURST=1000000 ./run-local.sh
# Usage: bench/gateway-overhead.sh [path] [service-url] [gateway-url]
# SERVICE_PID and GATEWAY_PID name the processes to measure; without them they are found by the
# port they listen on (ss). ROUNDS (2), SECONDS_PER_RUN (15) and CONNECTIONS ("16 4 1") shape it.
set -euo pipefail
cd "$(dirname "$0")/.."
PATH_="${1:-/api/units/665}"
DIRECT="${2:-http://localhost:8081}"
GATEWAY="${3:-http://localhost:8080}"
ROUNDS="${ROUNDS:-2}"
SECS="${SECONDS_PER_RUN:-15}"
CONNECTIONS="${CONNECTIONS:-16 4 1}"
TOKEN="$(dev/mint-token.sh bench viewer)"
HZ="$(getconf CLK_TCK)"

pid_on() { # the pid listening on the URL's port
  local port="${1##*:}"
  port="${port%%/*}"
  ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}
SERVICE_PID="${SERVICE_PID:-$(pid_on "$DIRECT")}"
GATEWAY_PID="${GATEWAY_PID:-$(pid_on "$GATEWAY")}"
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

run() { # leg connections -> one line: leg, c, req/s, p50, p99, non-2xx, CPU µs/request per process
  local base="$1" c="$2" threads=1 out s0 g0 s1 g1 requests
  [ "$c" -gt 1 ] && threads=2
  s0=$(ticks "$SERVICE_PID"); g0=$(ticks "$GATEWAY_PID")
  out=$(wrk -t"$threads" -c"$c" -d"${SECS}s" --latency -H "Authorization: Bearer $TOKEN" "$base$PATH_")
  s1=$(ticks "$SERVICE_PID"); g1=$(ticks "$GATEWAY_PID")
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "$out" | awk -v leg="$([ "$base" = "$DIRECT" ] && echo direct || echo gateway)" -v c="$c" \
    -v n="$requests" -v hz="$HZ" -v s="$((s1 - s0))" -v g="$((g1 - g0))" '
    /Requests\/sec/ {rps = $2} / 50%/ {p50 = $2} / 99%/ {p99 = $2}
    /Non-2xx/ {bad = $NF}
    END {
      printf "%-8s c=%-3s %9s req/s  p50 %-8s p99 %-8s non-2xx %-6s service %5.0f µs/req  gateway %5.0f µs/req\n",
        leg, c, rps, p50, p99, bad + 0, s * 1e6 / hz / n, g * 1e6 / hz / n
    }'
}

echo "service pid $SERVICE_PID, gateway pid $GATEWAY_PID, $ROUNDS rounds of ${SECS} s per leg"
for base in "$DIRECT" "$GATEWAY"; do # warm both
  wrk -t2 -c16 -d5s -H "Authorization: Bearer $TOKEN" "$base$PATH_" > /dev/null
done
for c in $CONNECTIONS; do
  for round in $(seq "$ROUNDS"); do
    run "$DIRECT" "$c"
    run "$GATEWAY" "$c"
  done
done
