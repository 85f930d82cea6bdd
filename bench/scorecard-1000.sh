#!/usr/bin/env bash
# P5 of issue 12: the scorecard of a unit with 1,000 targets against the raw SQL that fetches its
# inputs (the unit, the term, the resolutions, targets and indicators, the figures), side by side.
# Needs a running indicators-service and its PostgreSQL, curl, openssl, python3, wrk and pgbench.
# Usage: bench/scorecard-1000.sh [base-url] [pg-port]   (PGPASSWORD defaults to postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:-http://localhost:8081}"
PGPORT_="${2:-55432}"
export PGPASSWORD="${PGPASSWORD:-postgres}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)}"
DURATION="${DURATION:-10}"
TOKEN="$(dev/mint-token.sh bench admin)"
RUN="S$(date +%s)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "Creating a district, 100 indicators, their figures 2015-2020 and 1,000 targets (run $RUN)…"
python3 - "$BASE" "$TOKEN" "$RUN" <<'PY'
import http.client, json, random, sys, urllib.parse
base, token, run = sys.argv[1:4]
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port)
def call(method, path, body, ctype="application/json", expect=(200, 201)):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    conn.request(method, path, data, {"Authorization": "Bearer " + token, "Content-Type": ctype})
    r = conn.getresponse(); text = r.read()
    if r.status not in expect:
        sys.exit(f"{method} {path}: {r.status} {text[:300]!r}")
    return json.loads(text) if text else None
call("POST", "/api/units", {"code": run, "name": "Tỉnh thử " + run, "level": "PROVINCE", "validFrom": "1990-01-01"})
call("POST", "/api/units", {"code": run + "-D", "name": "Huyện thử " + run, "level": "DISTRICT", "parentCode": run, "validFrom": "1990-01-01"})
random.seed(5)
lines = ["INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE"]
for i in range(100):
    code = f"{run}-I{i:03d}"
    call("POST", "/api/indicators", {"code": code, "name": f"Chỉ tiêu {i}", "unitOfMeasure": "tỷ đồng", "direction": "HIGHER_IS_BETTER", "priceBasis": "CURRENT", "decimals": 1})
    v = random.uniform(100, 1000)
    for year in range(2015, 2021):
        lines.append(f"{code},{run}-D,{year},{v:.1f},OFFICIAL,Cục Thống kê")
        v *= random.uniform(0.95, 1.15)
call("POST", "/api/observations/import?dryRun=false", "\n".join(lines).encode(), "text/csv; charset=UTF-8")
res = call("POST", "/api/resolutions", {"title": "Nghị quyết thử " + run, "unitCode": run + "-D", "termCode": "2015-2020"})
measures = [("AVERAGE_GROWTH", 8), ("LEVEL", 500), ("INDEX_TO_BASE", 140), ("MEAN_OF_YEARLY_RATES", 7)]
for t in range(1000):
    measure, value = measures[t % len(measures)]
    call("POST", "/api/targets", {"resolutionId": res["id"], "indicatorCode": f"{run}-I{t % 100:03d}", "measure": measure, "comparator": "AT_LEAST", "value": value + t % 7})
print("targets:", 1000, "resolution:", res["id"])
PY

URL="$BASE/api/scorecards?unit=$RUN-D&term=2015-2020&year=2019"
count=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$URL" | python3 -c "import json,sys; print(len(json.load(sys.stdin)['targets']))")
echo "scorecard: $count targets"

# The inputs as the service reads them, by hand: one statement per kind of input.
cat > "$WORK/raw.sql" <<SQL
select * from unit where code = '$RUN-D';
select * from term where code = '2015-2020';
select * from resolution where unit_code = '$RUN-D' and term_code = '2015-2020';
select t.* from target t join resolution r on r.id = t.resolution_id
  where r.unit_code = '$RUN-D' and r.term_code = '2015-2020' order by t.id;
select * from indicator where code like '$RUN-I%';
select * from observation where unit_code = '$RUN-D' and indicator_code like '$RUN-I%' and year between 2015 and 2019;
SQL

leg_http() {
  wrk -t1 -c1 -d"${DURATION}s" -H "Authorization: Bearer $TOKEN" "$URL" | awk '/Requests\/sec/ {print $2}'
}
leg_sql() {
  "$PG_BIN/pgbench" -n -c1 -T"$DURATION" -M prepared -f "$WORK/raw.sql" -h localhost -p "$PGPORT_" -U postgres indicators 2>/dev/null \
    | awk '/^tps/ {print $3}'
}
echo "warming up…"; DURATION=5 leg_http > /dev/null
for round in 1 2; do
  http=$(leg_http); sql=$(leg_sql)
  python3 -c "h,s=$http,$sql; print(f'round $round: scorecard {h:.1f}/s ({1000/h:.2f} ms), raw SQL {s:.1f}/s ({1000/s:.2f} ms), ratio {s/h:.2f}x (target at most 2x)')"
done
