#!/usr/bin/env bash
# What the gateway costs: wrk on one GET endpoint straight to the service and through the gateway,
# at 16 connections (throughput) and at 1 connection (latency). Run against the local stack with
# the rate limit lifted, or the gateway answers 429 within a second:
#   RATE_LIMIT_PER_MINUTE=10000000 RATE_LIMIT_BURST=1000000 ./run-local.sh
# Usage: bench/gateway-overhead.sh [path] [service-url] [gateway-url]
set -euo pipefail
cd "$(dirname "$0")/.."
PATH_="${1:-/api/units/665}"
DIRECT="${2:-http://localhost:8081}"
GATEWAY="${3:-http://localhost:8080}"
TOKEN="$(dev/mint-token.sh bench viewer)"
for base in "$DIRECT" "$GATEWAY"; do
  wrk -t1 -c4 -d5s -H "Authorization: Bearer $TOKEN" "$base$PATH_" > /dev/null
  echo "== $base$PATH_, 16 connections, 20 s"
  wrk -t2 -c16 -d20s --latency -H "Authorization: Bearer $TOKEN" "$base$PATH_" | grep -E "Requests/sec|50%|99%|Non-2xx"
  echo "== $base$PATH_, 1 connection, 20 s"
  wrk -t1 -c1 -d20s --latency -H "Authorization: Bearer $TOKEN" "$base$PATH_" | grep -E "Requests/sec|50%|99%|Non-2xx"
done
