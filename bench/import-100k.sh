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

# shellcheck source=bench/import-data.sh
. bench/import-data.sh
echo "Creating 1 province, 20 districts and 140 indicators (run $RUN)…"
import_fixtures "$BASE" "$TOKEN" "$RUN"
CSV="$(mktemp --suffix=.csv)"
import_csv "$RUN" > "$CSV"
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
