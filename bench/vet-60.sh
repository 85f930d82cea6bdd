#!/usr/bin/env bash
# Time to vet a personnel plan of 60 candidates, measured with wrk (POST /vetting re-runs the rule
# set and stores a new report each time). Needs cadre-service and indicators-service running, e.g.
# ./run-local.sh. Creates its own cadres, committee and plan under Huyện Đắk Song (665), and the
# terms they name in indicators-service (cadre-service checks every term there).
# Usage: bench/vet-60.sh [cadre-service-url] [indicators-service-url]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:-http://localhost:8082}"
INDICATORS="${2:-http://localhost:8081}"
TOKEN="$(dev/mint-token.sh bench admin)"
AUTH=(-H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json")
RUN="$(date +%s)"

ids=()
for i in $(seq 1 60); do
  gender=$([ $((i % 4)) -eq 0 ] && echo FEMALE || echo MALE)
  year=$((1962 + i % 24))
  body=$(jq -n --arg n "Cán bộ thử $RUN-$i" --arg g "$gender" --arg b "$year-0$((1 + i % 9))" \
    '{fullName:$n, gender:$g, dateOfBirth:$b, ethnicity:(if ($n|length)%3==0 then "M'"'"'Nông" else "Kinh" end),
      unitCode:"665", theoryLevel:"ADVANCED", inSuccessionPlan:true, assetDeclarationYears:[2019]}')
  ids+=("$(curl -sf "${AUTH[@]}" -d "$body" "$BASE/api/cadres" | jq .id)")
done
members=$(printf '%s\n' "${ids[@]:0:40}" | jq -s 'map({cadreId:., role:"MEMBER"}) | .[0].role="SECRETARY"')
# one committee per unit and term: take the first term of Đắk Song not used by an earlier run
committee=""
for start in $(seq 2000 2024); do
  term="$start-$((start + 5))"
  for t in "$term" "$((start + 5))-$((start + 10))"; do # 201, or 409 when known already
    curl -s -o /dev/null "${AUTH[@]}" -d "{\"code\":\"$t\"}" "$INDICATORS/api/terms"
  done
  committee=$(curl -s "${AUTH[@]}" -d "{\"unitCode\":\"665\",\"termCode\":\"$term\",\"members\":$members}" \
    "$BASE/api/committees" | jq -r '.id // empty')
  [ -n "$committee" ] && break
done
[ -n "$committee" ] || { echo "every term of 665 has a committee already; delete .local to start afresh"; exit 1; }
next=$((start + 5))
candidates=$(printf '%s\n' "${ids[@]}" | jq -s 'map({cadreId:., proposedRole:"MEMBER"}) | .[0].proposedRole="SECRETARY" | .[1].proposedRole="DEPUTY_SECRETARY"')
plan=$(curl -sf "${AUTH[@]}" -d "{\"committeeId\":$committee,\"ruleSetCode\":\"CT35-2019\",\"referenceMonth\":\"$next-06\",\"candidates\":$candidates}" \
  "$BASE/api/personnel-plans" | jq .id)
curl -sf "${AUTH[@]}" -X POST "$BASE/api/personnel-plans/$plan/submit" > /dev/null
echo "plan $plan: 60 candidates for $next-$((next + 5)), sitting committee $committee ($term, 40 members)"
curl -sf "${AUTH[@]}" -X POST -o /dev/null -w "first vetting: %{time_total} s\n" "$BASE/api/personnel-plans/$plan/vetting"

cat > /tmp/vet.lua <<'LUA'
wrk.method = "POST"
LUA
echo "== 1 connection, 20 s: POST /api/personnel-plans/$plan/vetting"
wrk -t1 -c1 -d20s --latency -s /tmp/vet.lua -H "Authorization: Bearer $TOKEN" "$BASE/api/personnel-plans/$plan/vetting"
echo "== GET the latest report (60 candidates x 6 findings, rendered in Vietnamese), 1 connection, 10 s"
wrk -t1 -c1 -d10s --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/personnel-plans/$plan/vetting"
