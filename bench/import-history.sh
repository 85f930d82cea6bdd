#!/usr/bin/env bash
# What the history of issue 14 costs the 100,000-line import, side by side on one database: the
# merge the service runs (taken from ImportMerge.java, so it is the one in the code) against the
# same merge with no history (no revision rows, no import id on the figures, no import row), on the
# same lines, alternated, each in a transaction rolled back. The rest of an import (the upload, the
# CSV checks in Java, COPY into the temporary table) is the same with or without history, so the
# difference of the two merges is the history's whole cost in the database.
#
#   PSQL="psql -h localhost -p 20180 -U postgres" bench/import-history.sh indicators file.csv first 3
# mode: first (the figures are not stored yet) or changed (stored: every value is moved by 1, so
# every line replaces a figure and gets its revision). Prints "history.<mode>.with <ms>" and
# "history.<mode>.without <ms>", one line per round, on standard output; in first mode also
# "history.first.insert <ms>", the same lines by a plain INSERT into observation (P4's floor).
set -euo pipefail
cd "$(dirname "$0")/.."
DB="$1" CSV="$2" MODE="$3" ROUNDS="${4:-3}"
read -r -a PSQL <<< "${PSQL:-psql}"
SOURCE=indicators-service/src/main/java/vn/khaosat/indicators/service/observations/ImportMerge.java
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# the service's own statements, with their parameters bound as the import binds them
python3 - "$SOURCE" "$WORK" <<'PY'
import re, sys
src = open(sys.argv[1]).read()
def text(name):
    m = re.search(name + r' =\s*"""(.*?)"""', src, re.S)
    if not m:
        sys.exit(f"{name} not found in {sys.argv[1]}")
    return m.group(1)
def bind(sql, values):
    parts = sql.split("?")
    if len(parts) != len(values) + 1:
        sys.exit(f"expected {len(values)} parameters, found {len(parts) - 1}")
    return "".join(p + v for p, v in zip(parts, values + [""]))
batch = "'00000000-0000-4000-8000-000000000001'::uuid"
open(f"{sys.argv[2]}/with.sql", "w").write(
    bind(text("INSERT_BATCH"), [batch, "repeat('0', 64)", "'bench-admin'", "'bench-request'", "null"]) + ";\n"
    + bind(text("MERGE"), ["'{}'::varchar[]", batch, "'bench-admin'", "'bench-request'", "null", batch]) + ";\n")
PY
cat > "$WORK/without.sql" <<'SQL'
with incoming as (
    select i.*, o.id is null as created, i.unit_code = any ('{}'::varchar[]) as closed
    from incoming_observation i
    left join observation o
        on o.indicator_code = i.indicator_code and o.unit_code = i.unit_code
        and o.year = i.year and o.status = i.status
    where o.id is null
        or (o.value, o.source, o.note, o.poverty_standard)
            is distinct from (i.value, i.source, i.note, i.poverty_standard)
), written as (
    insert into observation
        (id, indicator_code, unit_code, year, status, value, source, note, poverty_standard)
    select id, indicator_code, unit_code, year, status, value, source, note, poverty_standard
    from incoming
    on conflict (indicator_code, unit_code, year, status) do update set
        value = excluded.value, source = excluded.source, note = excluded.note,
        poverty_standard = excluded.poverty_standard,
        version = observation.version + 1, updated_at = now()
    returning 1
)
select count(*) filter (where created), count(*) filter (where not created),
    count(*) filter (where closed and not created), (select count(*) from written)
from incoming;
SQL
# P4's floor in the database: the same lines written into observation by a plain INSERT, no
# comparison with what is stored, no history (first mode only: stored lines would conflict)
cat > "$WORK/insert.sql" <<'SQL'
insert into observation
    (id, indicator_code, unit_code, year, status, value, source, note, poverty_standard)
select id, indicator_code, unit_code, year, status, value, source, note, poverty_standard
from incoming_observation;
SQL
shift_value=$([[ "$MODE" == changed ]] && echo 1 || echo 0)
leg() { # variant
  "${PSQL[@]}" -X -q -d "$DB" -c "vacuum observation" -c "vacuum observation_revision" > /dev/null
  "${PSQL[@]}" -X -q -d "$DB" -v ON_ERROR_STOP=1 > "$WORK/out" 2>&1 <<SQL
begin;
create temporary table incoming_csv (indicator varchar(40), ref_area varchar(16), time_period int,
    obs_value numeric(24, 6), obs_status varchar(12), source varchar(300)) on commit drop;
\copy incoming_csv from '$CSV' with (format csv, header true)
-- as ImportMerge's temporary table, with ids far above the sequence's blocks (rolled back anyway)
create temporary table incoming_observation on commit drop as
select 9000000000000000 + row_number() over () as id, indicator as indicator_code,
    ref_area as unit_code, time_period as year, obs_status as status,
    obs_value + $shift_value as value, source, null::text as note,
    null::varchar(40) as poverty_standard
from incoming_csv;
\timing on
\i $WORK/$1.sql
\timing off
rollback;
SQL
  local ms
  ms=$(awk '/^Time:/ {t = $2} END {print t}' "$WORK/out")
  [[ -n "$ms" ]] || { cat "$WORK/out" >&2; exit 1; }
  # the merge's own time (with history: the import row's insert as well, a fraction of a ms)
  echo "history.$MODE.$1 $(awk '/^Time:/ {s += $2} END {printf "%.0f", s}' "$WORK/out")"
}
for round in $(seq 1 "$ROUNDS"); do
  if ((round % 2)); then leg with; leg without; else leg without; leg with; fi
  [[ "$MODE" != first ]] || leg insert
done
