#!/usr/bin/env bash
# Measures the CSV import of 100,000 figures against a running indicators-service
# (start it with ./run-local.sh). Needs curl, openssl and python3.
# Usage: bench/import-100k.sh [base-url]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:-http://localhost:8081}"
TOKEN="$(dev/mint-token.sh bench admin)"
RUN="B$(date +%s)"
auth=(-H "Authorization: Bearer $TOKEN")
json=(-H "Content-Type: application/json")

echo "Creating 1 province, 20 districts and 140 indicators (run $RUN)…"
curl -fsS "${auth[@]}" "${json[@]}" -o /dev/null -d "{\"code\":\"$RUN\",\"name\":\"Tỉnh thử $RUN\",\"level\":\"PROVINCE\",\"validFrom\":\"1990-01-01\"}" "$BASE/api/units"
for d in $(seq -w 1 20); do
  curl -fsS "${auth[@]}" "${json[@]}" -o /dev/null -d "{\"code\":\"$RUN-$d\",\"name\":\"Huyện thử $d\",\"level\":\"DISTRICT\",\"parentCode\":\"$RUN\",\"validFrom\":\"1990-01-01\"}" "$BASE/api/units"
done
for i in $(seq -w 1 140); do
  curl -fsS "${auth[@]}" "${json[@]}" -o /dev/null -d "{\"code\":\"$RUN-I$i\",\"name\":\"Chỉ tiêu $i\",\"unitOfMeasure\":\"tỷ đồng\",\"direction\":\"HIGHER_IS_BETTER\",\"priceBasis\":\"CURRENT\",\"decimals\":1}" "$BASE/api/indicators"
done

CSV="$(mktemp --suffix=.csv)"
python3 - "$RUN" > "$CSV" <<'PY'
import random, sys
run = sys.argv[1]
random.seed(1)
print("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE")
n = 0
for i in range(1, 141):
    for d in range(1, 21):
        for year in range(1990, 2026):
            if n == 100000:
                break
            print(f"{run}-I{i:03d},{run}-{d:02d},{year},{random.uniform(10, 5000):.1f},OFFICIAL,Cục Thống kê")
            n += 1
PY
echo "CSV: $(($(wc -l < "$CSV") - 1)) rows, $(du -h "$CSV" | cut -f1)"

measure() { # label, query
  curl -fsS "${auth[@]}" -H "Content-Type: text/csv; charset=UTF-8" --data-binary "@$CSV" \
    -o /tmp/import-summary.json -w "$1: %{time_total} s (HTTP %{http_code})\n" "$BASE/api/observations/import?$2"
  python3 -c "import json; s=json.load(open('/tmp/import-summary.json')); print('   ', {k: s[k] for k in ('rows','imported','updated','unchanged')}, 'conflicts:', len(s['conflicts']))"
}
measure "dry run             " "dryRun=true"
measure "commit (all new)    " "dryRun=false"
measure "re-import (unchanged)" "dryRun=false"
sed -i 's/,OFFICIAL,/,ESTIMATE,/' "$CSV"
measure "commit (new status) " "dryRun=false"
rm -f "$CSV"
