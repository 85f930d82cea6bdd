#!/usr/bin/env bash
# The benchmark of issue 12 in one command: starts its own stack (embedded PostgreSQL 17, the three
# services and the gateway with the rate limit lifted, through local-stack.jar --demo) and the empty
# app of bench/empty-app, alternates the legs, prints every ratio with its floor and target, and
# stops everything it started. Needs java, wrk, pgbench, psql, curl, openssl and python3.
#
#   bench/compare.sh                      # about 15 to 25 minutes on 2 cores
#   BENCH_SECONDS=10 BENCH_ROUNDS=5 bench/compare.sh
#   BENCH_PROFILE=/work/profiles/after bench/compare.sh   # a flame graph per JVM, written at exit
#
# Settings (environment): BENCH_PORT_BASE (20080: gateway, services on +1..+3), BENCH_PG_PORT
# (20180), BENCH_EMPTY_PORT (20090), BENCH_PROXY_PORT (20091: bench/vertx-proxy), BENCH_START_PORT (20100..20104, the start-time legs),
# BENCH_SECONDS per wrk/pgbench leg (6), BENCH_ROUNDS of the read legs (3), BENCH_WARMUP seconds
# a warm-up burst (5; each JVM is warmed until its JIT compiler threads take at most
# BENCH_WARMUP_JIT % (5) of its CPU in a burst, BENCH_WARMUP_BURSTS at most (12)), BENCH_START_ROUNDS (1), BENCH_LEGS (read,import,scorecard,start), BENCH_PROFILE (a
# directory), ASYNC_PROFILER (libasyncProfiler.so; else taken from the Maven repository),
# BENCH_WORK (bench/target/compare: data, logs, results, report.md), BENCH_START_TIMEOUT (1800 s
# for the stack to be up), BENCH_ACQUISITION_TIMEOUT (60s, a first database connection).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE_PORT="${BENCH_PORT_BASE:-20080}"
PG_PORT="${BENCH_PG_PORT:-20180}"
EMPTY_PORT="${BENCH_EMPTY_PORT:-20090}"
PROXY_PORT="${BENCH_PROXY_PORT:-20091}"
START_PORT="${BENCH_START_PORT:-20100}"
DURATION="${BENCH_SECONDS:-6}"
ROUNDS="${BENCH_ROUNDS:-3}"
WARMUP="${BENCH_WARMUP:-5}"
START_ROUNDS="${BENCH_START_ROUNDS:-1}"
LEGS="${BENCH_LEGS:-read,import,scorecard,start}"
WORK="$(pwd)/${BENCH_WORK:-bench/target/compare}"
PROFILE="${BENCH_PROFILE:-}"
SERVICE_HEAP=256m   # as ServiceSpec, the images and the manifests bound them
GATEWAY_HEAP=96m
IND="http://localhost:$((BASE_PORT + 1))"
CAD="http://localhost:$((BASE_PORT + 2))"
SUR="http://localhost:$((BASE_PORT + 3))"
GW="http://localhost:$BASE_PORT"
EMPTY="http://localhost:$EMPTY_PORT"
PROXY="http://localhost:$PROXY_PORT"
export PGPASSWORD=postgres
# a first connection may take seconds on a loaded machine: wait for it rather than fail at start
export QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT="${BENCH_ACQUISITION_TIMEOUT:-60s}"
PSQL=(psql -X -q -h localhost -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1)
TICK=$(getconf CLK_TCK)
RESULTS="$WORK/results.tsv"
started=()

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
# a missing tool would make every leg of it "n/a" after 20 minutes: stop now and say which
for tool in java wrk pgbench psql curl openssl python3; do
  command -v "$tool" > /dev/null || { log "$tool is not installed (apt-get install wrk postgresql-client ...)"; exit 1; }
done
has_leg() { [[ ",$LEGS," == *",$1,"* ]]; }

stop_all() {
  local pid
  for pid in "${started[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${started[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  started=()
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# --- build what is missing ------------------------------------------------------------------------
jars=(indicators-service cadre-service survey-service gateway bench/empty-app)
missing=()
for m in "${jars[@]}"; do [[ -f "$m/target/quarkus-app/quarkus-run.jar" ]] || missing+=("$m"); done
[[ -f local-stack/target/local-stack.jar ]] || missing+=(local-stack)
if ((${#missing[@]})); then
  log "building ${missing[*]}"
  ./mvnw -B -q install -DskipTests -Dnode.skip=true -Dspectral.skip=true \
    -Dquarkus.container-image.build=false -pl "$(IFS=,; echo "${missing[*]}")" -am
fi

# P6's floor: the empty app built again with a service's extensions (bench/empty-app, its profile)
EXTENSIONS_APP=bench/empty-app/target/with-service-extensions/quarkus-app
if [[ ! -f "$EXTENSIONS_APP/quarkus-run.jar" ]] && has_leg start; then
  log "building bench/empty-app -Pservice-extensions"
  ./mvnw -B -q package -DskipTests -Dquarkus.container-image.build=false -pl bench/empty-app -P service-extensions
fi

rm -rf "$WORK" && mkdir -p "$WORK/logs"
: > "$RESULTS"
# the JVMs run from a copy of the jars (and of dev/keys), so that a build during the run (another
# terminal, a test) cannot change what is measured; the stack runs in that copy as its root
RUNROOT="$WORK/root"
for m in "${jars[@]}"; do mkdir -p "$RUNROOT/$m/target" && cp -r "$m/target/quarkus-app" "$RUNROOT/$m/target/"; done
if [[ -f "$EXTENSIONS_APP/quarkus-run.jar" ]]; then
  mkdir -p "$RUNROOT/bench/empty-app-extensions/target" && cp -r "$EXTENSIONS_APP" "$RUNROOT/bench/empty-app-extensions/target/"
fi
mkdir -p "$RUNROOT/local-stack/target" "$RUNROOT/dev"
cp local-stack/target/local-stack.jar "$RUNROOT/local-stack/target/"
cp -r local-stack/target/lib "$RUNROOT/local-stack/target/" 2>/dev/null || true
cp -r dev/keys "$RUNROOT/dev/"
mkdir -p "$RUNROOT/bench/vertx-proxy" && cp bench/vertx-proxy/VertxProxy.java "$RUNROOT/bench/vertx-proxy/"

agent() { # name: the JVM option loading async-profiler, or nothing
  [[ -n "$PROFILE" ]] || return 0
  local so="${ASYNC_PROFILER:-}"
  if [[ -z "$so" ]]; then
    so="$WORK/async-profiler/linux-x64/libasyncProfiler.so"
    if [[ ! -f "$so" ]]; then
      ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 \
        -DoutputDirectory="$WORK/async-profiler" >&2
      (cd "$WORK/async-profiler" && unzip -q -o async-profiler-4.1.jar 'linux-x64/*')
    fi
  fi
  mkdir -p "$PROFILE"
  echo "-agentpath:$so=start,event=cpu,interval=5ms,file=$PROFILE/$1.html"
}
agent empty-app > /dev/null # fetch it once, before anything is timed

pid_on() { ss -ltnpH "( sport = :$1 )" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() { # CPU of every PostgreSQL process of our server
  local pm total=0 p
  pm=$(head -1 "$WORK/stack/pgdata/postmaster.pid")
  for p in $pm $(pgrep -P "$pm"); do total=$((total + $(ticks "$p"))); done
  echo "$total"
}
await_ready() { # url timeout-seconds pid: seconds from now until /q/health/ready answers 200
  local t0 deadline
  t0=$(date +%s%N); deadline=$(($(date +%s) + $2))
  until curl -fs -o /dev/null "$1/q/health/ready"; do
    kill -0 "$3" 2>/dev/null || { log "process $3 for $1 stopped"; return 1; }
    (($(date +%s) < deadline)) || { log "$1 not ready after $2 s"; return 1; }
    sleep 0.05
  done
  python3 -c "print(f'{($(date +%s%N) - $t0) / 1e9:.2f}')"
}

# --- the stack and the empty app ------------------------------------------------------------------
log "starting the local stack (PostgreSQL on $PG_PORT, gateway on $BASE_PORT)"
jvm_props=()
if [[ -n "$PROFILE" ]]; then
  for s in indicators-service cadre-service survey-service gateway; do
    jvm_props+=("-Dkhaosat.jvm.$s=$(agent "$s")")
  done
fi
(cd "$RUNROOT" && RATE_LIMIT_PER_MINUTE=10000000 RATE_LIMIT_BURST=1000000 \
  exec java -Dkhaosat.local.home="$WORK/stack" -Dkhaosat.ready.seconds=900 -Dkhaosat.port.base="$BASE_PORT" \
  -Dkhaosat.pg.port="$PG_PORT" "${jvm_props[@]}" -jar local-stack/target/local-stack.jar \
  > "$WORK/logs/local-stack.log" 2>&1) &
STACK=$!
started+=("$STACK")
for _ in $(seq 1 "$((${BENCH_START_TIMEOUT:-1800} * 2))"); do
  grep -q "Ctrl-C stops everything" "$WORK/logs/local-stack.log" && break
  kill -0 "$STACK" 2>/dev/null || { cat "$WORK/logs/local-stack.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "Ctrl-C stops everything" "$WORK/logs/local-stack.log" || { log "the stack did not start"; exit 1; }

start_empty() { # port: starts the empty app on the indicators database, prints its pid
  PORT="$1" DB_URL="jdbc:postgresql://localhost:$PG_PORT/indicators" DB_USER=postgres \
    DB_PASSWORD=postgres JWT_PUBLIC_KEY_LOCATION="$(pwd)/dev/keys/public.pem" \
    java "-Xmx$SERVICE_HEAP" $(agent "${2:-empty-app}") -jar "$RUNROOT/bench/empty-app/target/quarkus-app/quarkus-run.jar" \
    > "$WORK/logs/empty-app-$1.log" 2>&1 &
  echo $!
}
EMPTY_PID=$(start_empty "$EMPTY_PORT")
started+=("$EMPTY_PID")
await_ready "$EMPTY" 120 "$EMPTY_PID" > /dev/null
# the floor of P2 and P3: the Vert.x HTTP proxy alone, with the gateway's jars, before indicators
(cd "$RUNROOT" && exec java "-Xmx$GATEWAY_HEAP" $(agent vertx-proxy) -cp 'gateway/target/quarkus-app/lib/main/*' \
  bench/vertx-proxy/VertxProxy.java "$PROXY_PORT" $((BASE_PORT + 1)) > "$WORK/logs/vertx-proxy.log" 2>&1) &
PROXY_PID=$!
started+=("$PROXY_PID")
await_ready "$PROXY" 120 "$PROXY_PID" > /dev/null
declare -A PID=([empty]=$EMPTY_PID [proxy]=$PROXY_PID [indicators]=$(pid_on $((BASE_PORT + 1)))
  [cadre]=$(pid_on $((BASE_PORT + 2))) [survey]=$(pid_on $((BASE_PORT + 3))) [gateway]=$(pid_on "$BASE_PORT"))

VIEWER="$(dev/mint-token.sh bench viewer)"
ADMIN="$(dev/mint-token.sh bench admin)"
create() { # url body: the new row's id; retried, as a create that checks a unit with
  # indicators-service may time out on a loaded machine
  local id
  for _ in 1 2 3 4 5 6; do
    id=$(curl -sS -H "Authorization: Bearer $ADMIN" -H "Content-Type: application/json" -d "$2" "$1" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin).get("id", ""))' 2>/dev/null) || true
    [[ -n "$id" ]] && { echo "$id"; return; }
    sleep 5
  done
  log "could not create at $1"; exit 1
}
CADRE_ID=$(create "$CAD/api/cadres" '{"fullName":"Nguyễn Văn Đo","gender":"MALE","dateOfBirth":"1968-04",
  "ethnicity":"Kinh","religion":"Không","unitCode":"665","theoryLevel":"ADVANCED","inSuccessionPlan":true,
  "assetDeclarationYears":[2018,2019],"posts":[{"title":"Phó Bí thư Huyện ủy","startDate":"2015-10-20"}]}')
SURVEY_ID=$(create "$SUR/api/surveys" '{"title":"Khảo sát đo tải","superiorBody":"Tỉnh ủy Đắk Nông",
  "leadingBody":"Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh","hostUnitCode":"665",
  "hostBody":"Ban Thường vụ Huyện ủy Đắk Song","startsAt":"2019-11-28T08:00:00+07:00",
  "place":"Huyện ủy Đắk Song","purpose":"Đo tải đọc","reviewedTerm":"2015-2020","plannedTerm":"2020-2025",
  "minutesNumber":"98-BB/TBND"}')
for name in "Hà Trung Ký:DELEGATION_LEADER" "Nguyễn Thị Thư:SECRETARY" "Trần Văn Hùng:HOST_CHAIR"; do
  curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN" -H "Content-Type: application/json" \
    -d "{\"fullName\":\"${name%%:*}\",\"role\":\"${name#*:}\"}" "$SUR/api/surveys/$SURVEY_ID/participants" || true
done
log "ready: cadre $CADRE_ID, survey $SURVEY_ID; pids ${PID[*]}"

# --- legs -----------------------------------------------------------------------------------------
# wrk_leg name url connections cpu-of: one wrk run; appends name, req/s, p50 ms, mean ms, JVM µs and
# PostgreSQL µs per request (from /proc/PID/stat ticks), non-2xx count to the results
wrk_leg() {
  local name=$1 url=$2 c=$3 who=$4 token=${5:-$VIEWER} out j0 p0 j1 p1
  local threads=$((c > 1 ? 2 : 1))
  j0=$(ticks "${PID[$who]}"); p0=$(pg_ticks)
  out=$(wrk -t"$threads" -c"$c" -d"${DURATION}s" --latency -H "Authorization: Bearer $token" "$url" 2>&1) || true
  j1=$(ticks "${PID[$who]}"); p1=$(pg_ticks)
  echo "$out" > "$WORK/logs/wrk-$name.txt"
  python3 - "$name" "$((j1 - j0))" "$((p1 - p0))" "$TICK" "$out" >> "$RESULTS" <<'PY'
import re, sys
name, jt, pt, tick, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
def ms(v):  # wrk writes 812.00us, 1.25ms, 1.36s, 2.00m
    m = re.match(r"([\d.]+)(us|ms|s|m)$", v)
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[m.group(2)] if m else float("nan")
rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
reqs = re.search(r"(\d+) requests in", out)
p50 = re.search(r"^\s*50%\s+(\S+)", out, re.M)  # the line of its own: "67.50%" ends a stdev column too
mean = re.search(r"Latency\s+(\S+)", out)
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
errs = re.search(r"Socket errors: (.*)", out)
n = int(reqs.group(1)) if reqs else 0
us = lambda t: f"{t * 1e6 / tick / n:.0f}" if n else "nan"
print("\t".join([name, rps.group(1) if rps else "nan", f"{ms(p50.group(1)):.3f}" if p50 else "nan",
                 f"{ms(mean.group(1)):.3f}" if mean else "nan", us(jt), us(pt),
                 str(int(bad.group(1)) if bad else 0) + (" (socket errors)" if errs else "")]))
PY
  log "$(tail -1 "$RESULTS")"
}
pgbench_leg() {
  local out
  out=$(pgbench -n -S -M prepared -c4 -j2 -T "$DURATION" -h localhost -p "$PG_PORT" -U postgres bench 2>&1) || true
  printf 'pgbench\t%s\tnan\tnan\tnan\tnan\t0\n' \
    "$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)" >> "$RESULTS"
  log "$(tail -1 "$RESULTS")"
}

# Each JVM is warmed until its JIT has settled, not for a fixed time: C1/C2 compile the request
# path over the first tens of thousands of requests, and while they do, their CPU is billed to
# every request and taken from the request threads on these 2 cores. A fixed 5 s left the empty
# app (warmed by nothing else) at 1,007 µs a request when settled it takes about 300 µs, while
# indicators-service was warmed again by every gateway leg: the floor was the least warm JVM.
# "Settled" is read from the JVM's own compiler threads, not from the CPU per request, which on
# a loaded machine can look flat for two bursts while the JIT is still at work.
jit_ticks() { # pid: CPU ticks of the JVM's C1 and C2 compiler threads
  local t total=0
  for t in /proc/"$1"/task/*; do
    [[ "$(cat "$t/comm" 2>/dev/null)" == C[12]\ CompilerThre* ]] && total=$((total + $(ticks "$1/task/${t##*/}")))
  done
  echo "$total"
}
warm() { # name url who: bursts of WARMUP s at 4 connections until the compiler threads took at most
  # BENCH_WARMUP_JIT % (5) of the JVM's CPU in a burst, at most BENCH_WARMUP_BURSTS (12) bursts
  local name=$1 url=$2 who=$3 j0 j1 c0 c1 n out us jit burst settled=no
  for burst in $(seq 1 "${BENCH_WARMUP_BURSTS:-12}"); do
    j0=$(ticks "${PID[$who]}"); c0=$(jit_ticks "${PID[$who]}")
    out=$(wrk -t2 -c4 -d"${WARMUP}s" -H "Authorization: Bearer $VIEWER" "$url" 2>&1) || true
    j1=$(ticks "${PID[$who]}"); c1=$(jit_ticks "${PID[$who]}")
    n=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<< "$out")
    us=$(((j1 - j0) * 1000000 / TICK / (${n:-0} > 0 ? n : 1)))
    # a compiler thread that ended takes its ticks with it: then this burst does not count
    jit=$((c1 < c0 ? 100 : 100 * (c1 - c0) / (j1 - j0 > 0 ? j1 - j0 : 1)))
    if ((burst >= 2 && jit <= ${BENCH_WARMUP_JIT:-5})); then
      settled=yes; break
    fi
  done
  log "warm-up of $name: $burst bursts of ${WARMUP} s, last $us µs a request, JIT $jit % of its CPU (settled: $settled)"
  printf 'warmup.%s\t%s\tnan\tnan\t%s\t%s\t0\n' "$name" "$burst" "$us" "$([[ $settled == yes ]] && echo 1 || echo 0)" >> "$RESULTS"
}

if has_leg read; then
  "${PSQL[@]}" -d postgres -c "create database bench" > /dev/null
  pgbench -q -i -s 10 -h localhost -p "$PG_PORT" -U postgres bench > "$WORK/logs/pgbench-init.txt" 2>&1
  reads=(
    "pgbench"
    "empty.c4 $EMPTY/api/units/665 4 empty"
    "indicators.c4 $IND/api/units/665 4 indicators"
    "cadre.c4 $CAD/api/cadres/$CADRE_ID 4 cadre"
    "survey.c4 $SUR/api/surveys/$SURVEY_ID 4 survey"
    "gateway.c4 $GW/api/units/665 4 gateway"
    "indicators.c16 $IND/api/units/665 16 indicators"
    "gateway.c16 $GW/api/units/665 16 gateway"
    "indicators.c1 $IND/api/units/665 1 indicators"
    "gateway.c1 $GW/api/units/665 1 gateway"
    "proxy.c4 $PROXY/api/units/665 4 proxy"
    "proxy.c16 $PROXY/api/units/665 16 proxy"
    "proxy.c1 $PROXY/api/units/665 1 proxy"
  )
  warm empty "$EMPTY/api/units/665" empty
  warm indicators "$IND/api/units/665" indicators
  warm cadre "$CAD/api/cadres/$CADRE_ID" cadre
  warm survey "$SUR/api/surveys/$SURVEY_ID" survey
  warm gateway "$GW/api/units/665" gateway
  warm proxy "$PROXY/api/units/665" proxy
  for round in $(seq 1 "$ROUNDS"); do
    log "round $round of $ROUNDS"
    order=("${reads[@]}")
    if ((round % 2 == 0)); then # every other round backwards, so drift falls on both sides
      order=(); for ((i = ${#reads[@]} - 1; i >= 0; i--)); do order+=("${reads[$i]}"); done
    fi
    for leg in "${order[@]}"; do
      if [[ "$leg" == pgbench ]]; then pgbench_leg; else wrk_leg $leg; fi
    done
  done
fi

if has_leg import; then
  . bench/import-data.sh
  RUN="C$(date +%s)"
  log "import: fixtures and the 100,000-line file (run $RUN)"
  import_fixtures "$IND" "$ADMIN" "$RUN"
  CSV="$WORK/import-100k.csv"
  import_csv "$RUN" > "$CSV"
  "${PSQL[@]}" -d postgres -c "create database bench" > /dev/null 2>&1 || true
  "${PSQL[@]}" -d bench -c "create table copy_floor (indicator varchar(40) not null,
    ref_area varchar(16) not null, time_period int not null, obs_value numeric(24, 6) not null,
    obs_status varchar(12) not null, source varchar(300),
    primary key (indicator, ref_area, time_period, obs_status))"
  import_leg() { # name query [file]
    local s
    s=$(curl -sS -o "$WORK/logs/import-$1.json" -w '%{http_code} %{time_total}' \
      -H "Authorization: Bearer $ADMIN" -H "Content-Type: text/csv; charset=UTF-8" \
      --data-binary "@${3:-$CSV}" --max-time 600 "$IND/api/observations/import?$2") || true
    [[ "${s%% *}" == 200 ]] || log "import $1: HTTP ${s%% *}"
    printf '%s\t%s\tnan\t%s\tnan\tnan\t%s\n' "$1" nan "$(python3 -c "print(${s#* } * 1000)")" \
      "$([[ "${s%% *}" == 200 ]] && echo 0 || echo "HTTP ${s%% *}")" >> "$RESULTS"
    log "$(tail -1 "$RESULTS")"
  }
  copy_leg() {
    local t0 t1
    "${PSQL[@]}" -d bench -c "truncate copy_floor"
    t0=$(date +%s%N)
    "${PSQL[@]}" -d bench -c "\\copy copy_floor from '$CSV' with (format csv, header true)"
    t1=$(date +%s%N)
    printf 'copy\tnan\tnan\t%s\tnan\tnan\t0\n' "$(((t1 - t0) / 1000000))" >> "$RESULTS"
    log "$(tail -1 "$RESULTS")"
  }
  history_leg() { # first|changed: the merge with and without the history (issue 14)
    PSQL="${PSQL[*]}" bench/import-history.sh indicators "$CSV" "$1" "$ROUNDS" |
      while read -r name ms; do printf '%s\tnan\tnan\t%s\tnan\tnan\t0\n' "$name" "$ms"; done >> "$RESULTS"
    log "$(tail -2 "$RESULTS" | tr '\n' ' ')"
  }
  copy_leg
  import_leg import.dry-run "dryRun=true"
  history_leg first
  copy_leg
  import_leg import.commit "dryRun=false"
  copy_leg
  import_leg import.unchanged "dryRun=false"
  import_leg import.dry-run "dryRun=true"
  history_leg changed
  # every value moved by 1: each line replaces its figure, with a revision each
  awk -F, -v OFS=, 'NR > 1 {$4 = sprintf("%.1f", $4 + 1)} {print}' "$CSV" > "$WORK/import-100k-changed.csv"
  import_leg import.changed "dryRun=false" "$WORK/import-100k-changed.csv"
fi

if has_leg scorecard; then
  log "scorecard: 1,000 targets of one unit (written straight into the database: the API keeps a unit to 500 a term)"
  "${PSQL[@]}" -d indicators > /dev/null <<'SQL'
insert into unit (code, name, level, parent_code, valid_from)
values ('BENCH-SC', 'Huyện thử bảng điểm', 'DISTRICT', '67', '2004-01-01');
insert into indicator (code, name, unit_of_measure, direction, price_basis, decimals)
select 'BENCH-SC-' || lpad(i::text, 3, '0'), 'Chỉ tiêu thử ' || i, 'tỷ đồng',
       case when i % 5 = 0 then 'LOWER_IS_BETTER' else 'HIGHER_IS_BETTER' end, 'CURRENT', 1
from generate_series(1, 200) i;
-- ids far above the sequences' blocks, so the service's own ids never meet them
insert into resolution (id, title, unit_code, term_code)
values (900000001, 'Nghị quyết thử 1', 'BENCH-SC', '2015-2020'),
       (900000002, 'Nghị quyết thử 2', 'BENCH-SC', '2015-2020');
insert into target (id, resolution_id, indicator_code, measure, comparator, value, wording)
select 900000000 + n, 900000001 + (n - 1) / 500, 'BENCH-SC-' || lpad((((n - 1) % 200) + 1)::text, 3, '0'),
       (array['LEVEL', 'AVERAGE_GROWTH', 'INDEX_TO_BASE', 'MEAN_OF_YEARLY_RATES', 'CUMULATIVE'])[((n - 1) / 200) + 1],
       'AT_LEAST', (array[110, 5, 120, 5, 500])[((n - 1) / 200) + 1], 'Chỉ tiêu thử ' || n
from generate_series(1, 1000) n;
insert into observation (id, indicator_code, unit_code, year, status, value, source)
select 900000000 + row_number() over (), i.code, 'BENCH-SC', y, 'OFFICIAL',
       round((100 * power(1.06, y - 2015) + random() * 5)::numeric, 1), 'Cục Thống kê'
from indicator i cross join generate_series(2015, 2019) y where i.code like 'BENCH-SC-%';
SQL
  # the inputs the scorecard reads (ScorecardService, SeriesLoader, ShareGroupCheck), raw; the
  # figures joined to their codes (with "code in (subquery)" for both, PostgreSQL once the import's
  # figures were analysed walked 14,888 of them by the key's index for 1,000 rows: 45 ms, not 5)
  cat > "$WORK/scorecard-inputs.sql" <<'SQL'
select * from unit where code = 'BENCH-SC';
select * from term where code = '2015-2020';
select * from resolution where unit_code = 'BENCH-SC' and term_code = '2015-2020';
select t.* from target t join resolution r on r.id = t.resolution_id
 where r.unit_code = 'BENCH-SC' and r.term_code = '2015-2020' order by t.id;
select i.* from indicator i where i.code in (select t.indicator_code from target t
  join resolution r on r.id = t.resolution_id where r.unit_code = 'BENCH-SC' and r.term_code = '2015-2020');
select g.* from indicator g where g.structure_group in (select i.structure_group from indicator i
  join target t on t.indicator_code = i.code join resolution r on r.id = t.resolution_id
  where r.unit_code = 'BENCH-SC' and r.term_code = '2015-2020') order by g.code;
select o.* from observation o
  join (select distinct t.indicator_code from target t join resolution r on r.id = t.resolution_id
        where r.unit_code = 'BENCH-SC' and r.term_code = '2015-2020') i on o.indicator_code = i.indicator_code
  join (select 'BENCH-SC'::varchar as code union select t.reference_unit_code from target t
        join resolution r on r.id = t.resolution_id where r.unit_code = 'BENCH-SC' and r.term_code = '2015-2020'
        and t.reference_unit_code is not null) u on o.unit_code = u.code
  where o.year between 2015 and 2019;
SQL
  SC="$IND/api/scorecards?unit=BENCH-SC&term=2015-2020&year=2019"
  n=$(curl -fsS -H "Authorization: Bearer $VIEWER" "$SC" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["targets"]))' 2>/dev/null || echo "?")
  log "the scorecard lists $n targets"
  # as the read legs: until the JIT has settled (a fixed 5 s left it compiling through the rounds)
  warm scorecard "$SC" indicators
  for round in $(seq 1 "$ROUNDS"); do
    out=$(pgbench -n -f "$WORK/scorecard-inputs.sql" -c1 -T "$DURATION" -h localhost -p "$PG_PORT" -U postgres indicators 2>&1) || true
    printf 'scorecard.sql\tnan\tnan\t%s\tnan\tnan\t0\n' \
      "$(echo "$out" | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p')" >> "$RESULTS"
    log "$(tail -1 "$RESULTS")"
    wrk_leg scorecard.c1 "$SC" 1 indicators
  done
fi

# memory after the run: RSS of each JVM, and no OutOfMemoryError in any log
for who in empty indicators cadre survey gateway; do
  printf 'rss.%s\t%s\tnan\tnan\tnan\tnan\t0\n' "$who" \
    "$(awk '/VmRSS/ {print $2 / 1024}' "/proc/${PID[$who]}/status" 2>/dev/null || echo nan)" >> "$RESULTS"
done
oom_logs() { grep -l OutOfMemoryError "$WORK"/logs/*.log "$WORK"/stack/logs/*.log 2>/dev/null | xargs -r -n1 basename | tr '\n' ' ' || true; }
OOM=$(oom_logs)

if has_leg start; then
  # start time, process start to /q/health/ready UP, each JVM alone on a spare port (the
  # databases already migrated, so a restart), alternated with the empty app
  common=(DB_USER=postgres DB_PASSWORD=postgres "JWT_PUBLIC_KEY_LOCATION=$(pwd)/dev/keys/public.pem"
    JWT_ISSUER=https://khaosat.local/issuer ACCESS_LOG=true)
  start_leg() { # name port heap jar env...
    local name=$1 port=$2 heap=$3 jar=$4 pid s
    shift 4
    env "${common[@]}" PORT="$port" "$@" java "-Xmx$heap" -jar "$jar" > "$WORK/logs/start-$name-$port.log" 2>&1 &
    pid=$!
    started+=("$pid")
    s=$(await_ready "http://localhost:$port" 180 "$pid") || s=nan
    kill "$pid"; wait "$pid" 2>/dev/null || true
    printf 'start.%s\tnan\tnan\t%s\tnan\tnan\t0\n' "$name" "$(python3 -c "print($s * 1000)" 2>/dev/null || echo nan)" >> "$RESULTS"
    log "$(tail -1 "$RESULTS")"
  }
  jar() { echo "$RUNROOT/$1/target/quarkus-app/quarkus-run.jar"; }
  db() { echo "DB_URL=jdbc:postgresql://localhost:$PG_PORT/$1"; }
  for round in $(seq 1 "$START_ROUNDS"); do
    start_leg empty $((START_PORT)) "$SERVICE_HEAP" "$(jar bench/empty-app)" "$(db indicators)"
    start_leg indicators $((START_PORT + 1)) "$SERVICE_HEAP" "$(jar indicators-service)" "$(db indicators)"
    start_leg empty $((START_PORT)) "$SERVICE_HEAP" "$(jar bench/empty-app)" "$(db indicators)"
    # its Flyway keeps its own history table, so that indicators-service's is not touched
    start_leg extensions $((START_PORT)) "$SERVICE_HEAP" "$(jar bench/empty-app-extensions)" "$(db indicators)" \
      QUARKUS_FLYWAY_MIGRATE_AT_START=true QUARKUS_FLYWAY_TABLE=empty_app_history QUARKUS_FLYWAY_BASELINE_ON_MIGRATE=true
    start_leg empty $((START_PORT)) "$SERVICE_HEAP" "$(jar bench/empty-app)" "$(db indicators)"
    start_leg cadre $((START_PORT + 2)) "$SERVICE_HEAP" "$(jar cadre-service)" "$(db cadre)" "INDICATORS_URL=$IND"
    start_leg empty $((START_PORT)) "$SERVICE_HEAP" "$(jar bench/empty-app)" "$(db indicators)"
    start_leg survey $((START_PORT + 3)) "$SERVICE_HEAP" "$(jar survey-service)" "$(db survey)" \
      "INDICATORS_URL=$IND" "CADRE_URL=$CAD"
    start_leg empty $((START_PORT)) "$SERVICE_HEAP" "$(jar bench/empty-app)" "$(db indicators)"
    start_leg gateway $((START_PORT + 4)) "$GATEWAY_HEAP" "$(jar gateway)" \
      "INDICATORS_ADDRESSES=localhost:$((BASE_PORT + 1))" "CADRE_ADDRESSES=localhost:$((BASE_PORT + 2))" \
      "SURVEY_ADDRESSES=localhost:$((BASE_PORT + 3))"
  done
fi

log "stopping everything"
stop_all
OOM="$OOM$(oom_logs)"

python3 bench/report.py "$RESULTS" "$(date -u '+%Y-%m-%d %H:%M UTC')" "$DURATION" "$ROUNDS" \
  "$(git rev-parse --short HEAD 2>/dev/null || echo '?')" "$(sort -u <<< "${OOM// /$'\n'}" | tr '\n' ' ')" \
  | tee "$WORK/report.md"
