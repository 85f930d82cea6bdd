#!/usr/bin/env bash
# The data of the 100,000-line import, shared by bench/import-100k.sh and bench/compare.sh (source
# this file): import_fixtures creates the units and indicators the file names, import_csv writes it.
# import_fixtures base-url token run: 1 province, 20 districts and 140 indicators, codes led by run.
import_fixtures() {
  local base="$1" run="$3" d i
  local auth=(-H "Authorization: Bearer $2") json=(-H "Content-Type: application/json")
  curl -fsS "${auth[@]}" "${json[@]}" -o /dev/null -d "{\"code\":\"$run\",\"name\":\"Tỉnh thử $run\",\"level\":\"PROVINCE\",\"validFrom\":\"1990-01-01\"}" "$base/api/units"
  for d in $(seq -w 1 20); do
    curl -fsS "${auth[@]}" "${json[@]}" -o /dev/null -d "{\"code\":\"$run-$d\",\"name\":\"Huyện thử $d\",\"level\":\"DISTRICT\",\"parentCode\":\"$run\",\"validFrom\":\"1990-01-01\"}" "$base/api/units"
  done
  for i in $(seq -w 1 140); do
    curl -fsS "${auth[@]}" "${json[@]}" -o /dev/null -d "{\"code\":\"$run-I$i\",\"name\":\"Chỉ tiêu $i\",\"unitOfMeasure\":\"tỷ đồng\",\"direction\":\"HIGHER_IS_BETTER\",\"priceBasis\":\"CURRENT\",\"decimals\":1}" "$base/api/indicators"
  done
}

# import_csv run: the 100,000 figures (140 indicators × 20 districts × 36 years, cut at 100,000) on
# standard output, the same values every time (seeded).
import_csv() {
  python3 - "$1" <<'PY'
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
}
