#!/usr/bin/env bash
# Load on one read endpoint with wrk (apt-get install wrk): throughput at 16 connections and the
# latency at one connection. Run against the local stack (./run-local.sh) or any base URL.
# Usage: bench/read-load.sh [base-url] [path]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:-http://localhost:8081}"
PATH_="${2:-/api/units/665}"
TOKEN="$(dev/mint-token.sh bench viewer)"
echo "warm-up"; wrk -t1 -c4 -d5s -H "Authorization: Bearer $TOKEN" "$BASE$PATH_" > /dev/null
echo "== 16 connections, 2 threads, 20 s: $BASE$PATH_"
wrk -t2 -c16 -d20s --latency -H "Authorization: Bearer $TOKEN" "$BASE$PATH_"
echo "== 1 connection, 20 s"
wrk -t1 -c1 -d20s --latency -H "Authorization: Bearer $TOKEN" "$BASE$PATH_"
