#!/usr/bin/env bash
# What the access log of personal data costs a cadre read, side by side in one run (wrk).
#
# The same read, GET /api/cadres/{id} by an organizer of Đắk Song (665), whose answer carries the
# cadre's personal fields, on two cadre-service instances (three with WITH_SYNC=1) sharing one database:
#   baseline  the same code with nothing recorded: git rev BASELINE_REV (HEAD) built with the
#             response filter left unregistered (its @Provider removed), or a jar given as BASELINE_APP
#   async     the jar as it is, the log written by the batch writer (the default)
#   sync      the same jar, each read's record inserted before its answer leaves (WITH_SYNC=1 only)
# and, as a floor, a viewer's read on the baseline instance (the summary: nothing logged, before
# or after the change), so that the logging instances serve only the organizer's reads. The same
# user, cadre and answer on baseline and the writers: only the recording differs. Rounds
# alternate between the instances, so that the machine's other load falls on all of them alike.
#
# Needs a local stack with the demo data (Đắk Song), e.g. on private ports:
#   JAVA_OPTS="-Dkhaosat.port.base=23080 -Dkhaosat.pg.port=23090" ./run-local.sh --demo
# Usage: PORT_BASE=23080 PG_PORT=23090 bench/access-log.sh (WITH_SYNC=1 adds the sync writer)
# PROFILE=dir loads async-profiler 4.1 (ASYNC_PROFILER=libasyncProfiler.so, else fetched from the
# Maven repository) in each instance and leaves dir/<instance>.collapsed (stacks per thread, CPU,
# 1 ms; written at exit, so warm-up included). PG_DATA (.local/pgdata) finds PostgreSQL's processes
# for the CPU per request of each leg, read from /proc/PID/stat like bench/compare.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT_BASE="${PORT_BASE:-8080}"
PG_PORT="${PG_PORT:-55432}"
# many short rounds: this shared machine's slow spells (CPU steal) last seconds and fall on one leg
# of a pair or both, so 16 pairs of 3 s give a median they barely move, where 5 of 8 s did not
ROUNDS="${ROUNDS:-16}"
SECONDS_EACH="${SECONDS_EACH:-3}"
CONNECTIONS="${CONNECTIONS:-1 8}"
BASELINE_REV="${BASELINE_REV:-HEAD}"
PG_DATA="${PG_DATA:-.local/pgdata}"
PROFILE="${PROFILE:-}"
JVM_OPTS="${BENCH_JAVA_OPTS:--Xmx256m}" # the services' heap, as ServiceSpec and the images bound it
WORK=.local/bench
mkdir -p "$WORK" .local/logs
INDICATORS_PORT=$((PORT_BASE + 1))
SYNC_PORT=$((PORT_BASE + 20))
BASELINE_PORT=$((PORT_BASE + 21))
ASYNC_PORT=$((PORT_BASE + 22))

BASELINE_APP="${BASELINE_APP:-$WORK/baseline-cadre-$(git rev-parse --short "$BASELINE_REV")}"
if [ ! -f "$BASELINE_APP/quarkus-run.jar" ]; then
  echo "building the baseline cadre-service from $BASELINE_REV, the access log's response filter unregistered"
  rm -rf "$WORK/src" && mkdir -p "$WORK/src"
  git archive "$BASELINE_REV" | tar -x -C "$WORK/src"
  filter="$WORK/src/cadre-service/src/main/java/vn/khaosat/cadre/api/access/PersonalDataResponseFilter.java"
  grep -q '^@Provider$' "$filter" || { echo "no @Provider line in $filter"; exit 1; }
  sed -i '/^@Provider$/d' "$filter"
  (cd "$WORK/src" && ./mvnw -B -q $(cat ../../../.mvn/maven.config 2>/dev/null) package -DskipTests \
    -Dspotless.check.skip=true -Dquarkus.container-image.build=false -pl cadre-service -am)
  cp -r "$WORK/src/cadre-service/target/quarkus-app" "$BASELINE_APP"
fi

agent() { # instance: the JVM option loading async-profiler, or nothing
  [ -n "$PROFILE" ] || return 0
  local so="${ASYNC_PROFILER:-$WORK/async-profiler/linux-x64/libasyncProfiler.so}"
  if [ ! -f "$so" ]; then
    ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 -DoutputDirectory="$WORK/async-profiler" >&2
    (cd "$WORK/async-profiler" && unzip -q -o async-profiler-4.1.jar 'linux-x64/*')
  fi
  mkdir -p "$PROFILE"
  echo "-agentpath:$(realpath "$so")=start,event=cpu,interval=1ms,threads,file=$(realpath "$PROFILE")/$1.collapsed"
}
TICK=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
thread_ticks() { # pid: CPU ticks of its threads by kind (name without its number), "kind<TAB>ticks"
  local t
  for t in /proc/"$1"/task/*; do
    printf '%s\t%s\n' "$(cat "$t/comm" 2>/dev/null)" "$(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12 + $13}')"
  done | awk -F'\t' '{k = $1; sub(/[-#][0-9]+$/, "", k); s[k] += $2} END {for (k in s) print k "\t" s[k]}'
}
pg_ticks() { # every PostgreSQL process of the stack's server
  local pm total=0 p
  pm=$(head -1 "$PG_DATA/postmaster.pid")
  for p in $pm $(pgrep -P "$pm"); do total=$((total + $(ticks "$p"))); done
  echo "$total"
}

pids=()
stop() { # and wait: the profiler writes its file as the JVM exits
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done; done
}
trap stop EXIT
start_cadre() { # name port app-dir writer
  PORT="$2" DB_URL="jdbc:postgresql://localhost:$PG_PORT/cadre" DB_USER=postgres DB_PASSWORD=postgres \
    JWT_PUBLIC_KEY_LOCATION="$PWD/dev/keys/public.pem" JWT_ISSUER=https://khaosat.local/issuer \
    INDICATORS_URL="http://localhost:$((PORT_BASE + 1))" PERSONAL_DATA_LOG_WRITER="$4" \
    java $JVM_OPTS $(agent "$1") -jar "$3/quarkus-run.jar" > ".local/logs/bench-access-$1.log" 2>&1 &
  pids+=($!)
  pid["$2"]=$!
}
declare -A pid
await() { for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$1/q/health/ready" && return; sleep 1; done; echo "port $1 not ready"; exit 1; }
# three fresh JVMs alike (the stack's own instance, warm for longer, would not compare fairly), the
# jar as it is run from a copy, so that a build during the run changes nothing measured
rm -rf "$WORK/current-cadre" && cp -r cadre-service/target/quarkus-app "$WORK/current-cadre"
# INSTANCE_ORDER: the order the instances start and are warmed in, so that a run with it reversed
# tells an effect of the order (which JVM starts, compiles, is warmed first) from the recording's
declare -A app=([baseline]="$BASELINE_APP" [async]="$WORK/current-cadre" [sync]="$WORK/current-cadre")
declare -A port_of=([baseline]="$BASELINE_PORT" [async]="$ASYNC_PORT" [sync]="$SYNC_PORT")
declare -A writer=([baseline]=async [async]=async [sync]=sync)
if [[ "${WITH_SYNC:-0}" == 1 ]]; then INSTANCE_ORDER="${INSTANCE_ORDER:-async sync baseline}"; else INSTANCE_ORDER="${INSTANCE_ORDER:-async baseline}"; fi
for name in $INSTANCE_ORDER; do
  start_cadre "$name" "${port_of[$name]}" "${app[$name]}" "${writer[$name]}"
done
await "$INDICATORS_PORT"
for name in $INSTANCE_ORDER; do await "${port_of[$name]}"; done

ADMIN="$(dev/mint-token.sh bench-admin admin)"
ORGANIZER="$(dev/mint-token.sh bench-organizer organizer 665)"
VIEWER="$(dev/mint-token.sh bench-viewer viewer)"
body=$(jq -n --arg n "Cán bộ đo nhật ký $(date +%s)" '{fullName:$n, gender:"MALE", dateOfBirth:"1970-05",
  ethnicity:"Kinh", religion:"Không", unitCode:"665", partyAdmissionDate:"1995-05-19", theoryLevel:"ADVANCED",
  inSuccessionPlan:true, assetDeclarationYears:[2018,2019,2020], posts:[{title:"Phó Bí thư Huyện ủy", startDate:"2020-08-01"}]}')
cadre=$(curl -sf -H "Authorization: Bearer $ADMIN" -H "Content-Type: application/json" -d "$body" \
  "http://localhost:$ASYNC_PORT/api/cadres" | jq .id)
curl -sf -H "Authorization: Bearer $ADMIN" -H "Content-Type: application/json" \
  -d '{"form":"REPRIMAND","decidedOn":"2016-03-12"}' "http://localhost:$ASYNC_PORT/api/cadres/$cadre/disciplines" > /dev/null
echo "cadre $cadre; answer sizes: organizer $(curl -sf -H "Authorization: Bearer $ORGANIZER" \
  "http://localhost:$ASYNC_PORT/api/cadres/$cadre" | wc -c) B, viewer $(curl -sf -H "Authorization: Bearer $VIEWER" \
  "http://localhost:$ASYNC_PORT/api/cadres/$cadre" | wc -c) B"

timings() { # port: "recording-sum recording-count read-sum read-count" from the instance's metrics
  curl -sf -m 30 "http://localhost:$1/q/metrics" | awk '
    /^khaosat_personal_data_log_record_seconds_sum/ {rs = $2} /^khaosat_personal_data_log_record_seconds_count/ {rc = $2}
    /^http_server_requests_seconds_(sum|count)\{/ && /method="GET"/ && /status="200"/ && /uri="\/api\/cadres\/\{id\}"/ {
      if ($1 ~ /_sum/) hs += $2; else hc += $2 }
    END {printf "%.6f %d %.6f %d\n", rs, rc, hs, hc}'
}
run() { # label port token connections -> "label c req/s p50 p99 requests JVM-µs/req PG-µs/req"
  local out j0 p0 j1 p1 n
  thread_ticks "${pid[$2]}" > "$WORK/threads-before"
  [[ "$1" == async || "$1" == sync ]] && t0=$(timings "$2")
  j0=$(ticks "${pid[$2]}"); p0=$(pg_ticks)
  out=$(wrk -t1 -c"$4" -d"${SECONDS_EACH}s" --latency -H "Authorization: Bearer $3" \
    "http://localhost:$2/api/cadres/$cadre")
  sleep 0.3 # the batch writer's last batch of the leg belongs to it
  j1=$(ticks "${pid[$2]}"); p1=$(pg_ticks)
  if [[ "$1" == async || "$1" == sync ]]; then # only the organizer's reads: the viewer's are not timed
    echo "$1 $t0 $(timings "$2")" >> "$WORK/access-log-timings.txt"
  fi
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  # where in the JVM the CPU of the leg went, per request: the request threads, the log's writer,
  # the JIT compilers, GC (a thread that ended during the leg is missing)
  thread_ticks "${pid[$2]}" | awk -F'\t' -v l="$1" -v c="$4" -v n="$n" -v tick="$TICK" '
    NR == FNR {b[$1] = $2; next} {d = ($2 - b[$1]) * 1000000 / tick / n; if (d > 0) printf "%s %s %s\t%d\n", l, c, $1, d}' \
    "$WORK/threads-before" - >> "$WORK/access-log-threads.txt"
  echo "$1 $4 $(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1=="50%" {print $2}') \
$(echo "$out" | awk '$1=="99%" {print $2}') $n $(((j1 - j0) * 1000000 / TICK / n)) $(((p1 - p0) * 1000000 / TICK / n)) $round" \
    >> "$WORK/access-log.txt"
}
: > "$WORK/access-log.txt"
: > "$WORK/access-log-threads.txt"
: > "$WORK/access-log-timings.txt"
for name in $INSTANCE_ORDER; do # warm-up: JIT, pools, the unit tree's cache
  port="${port_of[$name]}"
  # each instance both reads alike, so that none is better compiled than another
  wrk -t1 -c4 -d"${WARM_UP:-20}s" -H "Authorization: Bearer $ORGANIZER" "http://localhost:$port/api/cadres/$cadre" > /dev/null
  wrk -t1 -c4 -d"${WARM_UP:-20}s" -H "Authorization: Bearer $VIEWER" "http://localhost:$port/api/cadres/$cadre" > /dev/null
done
before=$(curl -sf -H "Authorization: Bearer $ADMIN" "http://localhost:$ASYNC_PORT/api/cadres/$cadre/personal-data-access?size=1" | jq .totalItems)
# the viewer's read on the async instance too: nothing recorded there either, so that a difference
# between the instances themselves (their JIT, the machine's other load) is told from the recording's
# WITH_SYNC=1 adds the sync writer's leg: its inserts (WAL, autovacuum) spill into the legs after it,
# which in every other round is the async one, so it is left out unless asked for
legs=("baseline $BASELINE_PORT $ORGANIZER" "async $ASYNC_PORT $ORGANIZER")
[[ "${WITH_SYNC:-0}" == 1 ]] && legs+=("sync $SYNC_PORT $ORGANIZER")
legs+=("viewer $BASELINE_PORT $VIEWER" "viewer-async $ASYNC_PORT $VIEWER")
for round in $(seq 1 "$ROUNDS"); do
  for c in $CONNECTIONS; do
    order=("${legs[@]}")
    if ((round % 2 == 0)); then # every other round in reverse order
      order=(); for ((i = ${#legs[@]} - 1; i >= 0; i--)); do order+=("${legs[$i]}"); done
    fi
    for leg in "${order[@]}"; do
      read -r label port token <<< "$leg"
      run "$label" "$port" "$token" "$c"
    done
  done
done
sleep 2 # the batch writer's last batch
after=$(curl -sf -H "Authorization: Bearer $ADMIN" "http://localhost:$ASYNC_PORT/api/cadres/$cadre/personal-data-access?size=1" | jq .totalItems)
logged_reads=$(awk '$1=="async" || $1=="sync" {n += $6} END {print n}' "$WORK/access-log.txt")

echo "== GET /api/cadres/$cadre, $ROUNDS rounds of ${SECONDS_EACH} s each (median of the rounds)"
printf '%-12s %5s %10s %10s %10s %8s %8s %8s\n' reader conn 'req/s' p50 p99 'vs base' 'JVM µs' 'PG µs'
for c in $CONNECTIONS; do
  base=$(awk -v c="$c" '$1=="baseline" && $2==c {print $3}' "$WORK/access-log.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  for label in baseline async sync viewer viewer-async; do
    grep -q "^$label $c " "$WORK/access-log.txt" || continue
    rows=$(awk -v l="$label" -v c="$c" '$1==l && $2==c' "$WORK/access-log.txt")
    jvm=$(echo "$rows" | awk '{print $7}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    pg=$(echo "$rows" | awk '{print $8}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "$rows" | sort -k3 -n | awk -v base="$base" -v jvm="$jvm" -v pg="$pg" '{r[NR]=$0} END {
      split(r[int((NR+1)/2)], f, " ");
      printf "%-12s %5s %10s %10s %10s %7.1f%% %8s %8s\n", f[1], f[2], f[3], f[4], f[5], (f[3]/base - 1) * 100, jvm, pg}'
  done
done
# The same comparison pair by pair: each round's async leg against the baseline leg next to it
# (adjacent in every round, in one order or the other), so that a drift of the machine's load over
# the run falls on both; and the CPU per read of each pair, JVM and PostgreSQL together
echo "== paired by round: async against baseline, and the unlogged read (viewer-async against viewer)"
for c in $CONNECTIONS; do
  awk -v c="$c" '$2 == c {r[$1, $9] = $3; cpu[$1, $9] = $7 + $8; if ($9 > n) n = $9}
    function sorted(a, k,   i, j, t) {for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) {t = a[i]; a[i] = a[j]; a[j] = t}}
    function quantile(a, k, q,   h) {h = (k - 1) * q + 1; return a[int(h)] + (h - int(h)) * (a[int(h) + 1] - a[int(h)])}
    function spread(a, k) {sorted(a, k); return sprintf("%+.1f %% (quartiles %+.1f to %+.1f)", quantile(a, k, 0.5), quantile(a, k, 0.25), quantile(a, k, 0.75))}
    END {for (i = 1; i <= n; i++) {x[i] = (r["async", i] / r["baseline", i] - 1) * 100; y[i] = (cpu["async", i] / cpu["baseline", i] - 1) * 100
        v[i] = (r["viewer-async", i] / r["viewer", i] - 1) * 100; s = s sprintf(" %+.1f", x[i])}
      printf "%s conn.: req/s %s, CPU per read %s; unlogged read %s\n  rounds:%s\n", c, spread(x, n), spread(y, n), spread(v, n), s}' \
    "$WORK/access-log.txt"
done
echo "== JVM CPU per request by thread kind, µs (median of the rounds; 20 µs and more)"
awk -F'\t' '{print $1 "\t" $2}' "$WORK/access-log-threads.txt" | sort -t$'\t' -k1,1 -k2,2n |
  awk -F'\t' '{v[$1] = v[$1] " " $2; n[$1]++} END {for (k in v) {split(substr(v[k], 2), a, " "); m = a[int((n[k] + 1) / 2)]; if (m >= 20) printf "%-40s %6d\n", k, m}}' | sort
echo "organizer reads answered on the logging instances: $logged_reads; rows added to the log: $((after - before))"

# Within each read, independent of the machine's load: the time spent recording (the filter's
# timer) against the server's whole time for the read (Micrometer's http_server_requests), means
# over the organizer's legs on each logging instance (the metrics read before and after each).
echo "== time inside the service (the organizer's legs)"
for label in async sync; do
  grep -q "^$label " "$WORK/access-log-timings.txt" || continue
  awk -v l="$label" '$1 == l {rs += $6 - $2; rc += $7 - $3; hs += $8 - $4; hc += $9 - $5}
    END {printf "%-6s recording %.3f ms per answer (%d), read %.3f ms per answer (%d): %.1f %% of the read\n",
      l, rs / rc * 1000, rc, hs / hc * 1000, hc, (rs / rc) / (hs / hc) * 100}' "$WORK/access-log-timings.txt"
done
