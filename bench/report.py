"""The table of bench/compare.sh: medians of its legs, each target's ratio with its floor.

Usage: report.py results.tsv date seconds rounds commit oom-logs. Each line of results.tsv is a
leg: name, req/s (or MB for rss.*), p50 ms, mean ms, JVM µs/request, PostgreSQL µs/request, errors.
"""

import statistics
import sys
from collections import defaultdict

path, date, seconds, rounds, commit, oom = sys.argv[1:7]
legs = defaultdict(list)
errors = defaultdict(int)
for line in open(path, encoding="utf-8"):
    name, *values = line.rstrip("\n").split("\t")
    legs[name].append([float(v) for v in values[:5]])
    if values[5] not in ("0", ""):
        errors[name] += 1


def median(name, column):
    values = [row[column] for row in legs.get(name, []) if row[column] == row[column]]
    return statistics.median(values) if values else float("nan")


RPS, P50, MEAN, JVM, PG = range(5)
nan = float("nan")


def fmt(v, unit=""):
    if v != v:
        return "n/a"
    return (f"{v:,.0f}" if abs(v) >= 100 else f"{v:.2f}") + unit


print(f"## Run of {date} (commit {commit}; {seconds} s a leg, {rounds} rounds, medians)\n")
print("| leg | req/s | p50 ms | JVM µs/req | PostgreSQL µs/req |")
print("|---|---|---|---|---|")
print(f"| pgbench -S -M prepared, 4 clients | {fmt(median('pgbench', RPS))} tps | | | |")
for name in [
    "empty.c4", "indicators.c4", "cadre.c4", "survey.c4", "gateway.c4",
    "indicators.c16", "gateway.c16", "indicators.c1", "gateway.c1",
    "proxy.c4", "proxy.c16", "proxy.c1",
]:
    if name in legs:
        flag = " (non-2xx!)" if errors[name] else ""
        print(
            f"| {name}{flag} | {fmt(median(name, RPS))} | {fmt(median(name, P50))} "
            f"| {fmt(median(name, JVM))} | {fmt(median(name, PG))} |"
        )

warm = [n for n in ("empty", "indicators", "cadre", "survey", "gateway", "proxy", "scorecard") if f"warmup.{n}" in legs]
if warm:
    print("\nWarm-up until the JIT compiler threads take at most 5 % of each JVM's CPU (bursts of "
          "the warm-up time, last burst's JVM µs/req): " + ", ".join(
              f"{n} {median(f'warmup.{n}', RPS):.0f} bursts, {median(f'warmup.{n}', JVM):,.0f} µs"
              + ("" if median(f"warmup.{n}", PG) == 1 else " (not settled)") for n in warm) + ".")

rows = []


def ratio(target, what, measured, floor, goal, ok):
    rows.append((target, what, measured, floor, goal, "yes" if ok else "**no**"))


empty = median("empty.c4", RPS)
for svc in ("indicators", "cadre", "survey"):
    v = median(f"{svc}.c4", RPS)
    ratio("P1", f"{svc} GET by id, 4 conn.", f"{fmt(v)} req/s", f"empty app {fmt(empty)} req/s",
          "≥ 0.90×", v / empty >= 0.9 if empty == empty else False)
    rows[-1] = rows[-1][:2] + (f"{fmt(v)} req/s = {v / empty:.2f}×",) + rows[-1][3:]
for c in ("c4", "c16"):
    d, g = median(f"indicators.{c}", RPS), median(f"gateway.{c}", RPS)
    ratio("P2", f"gateway vs direct, {c[1:]} conn.", f"{fmt(g)} req/s = {g / d:.2f}×",
          f"direct {fmt(d)} req/s", "≥ 0.85×", g / d >= 0.85)
d, g = median("indicators.c1", P50), median("gateway.c1", P50)
ratio("P3", "p50 added by the gateway, 1 conn.", f"+{g - d:.2f} ms ({fmt(g)} ms)",
      f"direct {fmt(d)} ms", "≤ +0.20 ms", g - d <= 0.2)
cpu = median("gateway.c4", JVM)
ratio("P3", "gateway CPU per proxied request, 4 conn.", fmt(cpu, " µs"),
      f"indicators {fmt(median('indicators.c4', JVM))} µs", "≤ 60 µs", cpu <= 60)
# the Vert.x HTTP proxy alone (bench/vertx-proxy): what P2 and P3 would measure for a gateway that
# did nothing but proxy, on the same machine in the same run
for c in ("c4", "c16"):
    d, v = median(f"indicators.{c}", RPS), median(f"proxy.{c}", RPS)
    if v == v:
        rows.append(("P2 floor", f"the Vert.x proxy alone vs direct, {c[1:]} conn.",
                     f"{fmt(v)} req/s = {v / d:.2f}×", f"direct {fmt(d)} req/s", "(reference)", "—"))
d, v = median("indicators.c1", P50), median("proxy.c1", P50)
if v == v:
    rows.append(("P3 floor", "p50 added by the Vert.x proxy alone, 1 conn.", f"+{v - d:.2f} ms",
                 f"direct {fmt(d)} ms", "(reference)", "—"))
v = median("proxy.c4", JVM)
if v == v:
    rows.append(("P3 floor", "CPU per request of the Vert.x proxy alone, 4 conn.", fmt(v, " µs"),
                 f"the gateway {fmt(cpu, ' µs')}", "(reference)", "—"))
copy = median("copy", MEAN)
for name, label in (("import.commit", "commit"), ("import.dry-run", "dry run"),
                    ("import.unchanged", "unchanged re-import")):
    v = median(name, MEAN)
    if name == "import.commit":
        ratio("P4", f"import of 100,000 lines, {label}", f"{v / 1000:.2f} s = {v / copy:.2f}×",
              f"psql \\copy {copy / 1000:.2f} s", "≤ 2×", v / copy <= 2)
    else:
        rows.append(("P4", f"import, {label}", f"{v / 1000:.2f} s = {v / copy:.2f}×",
                     f"psql \\copy {copy / 1000:.2f} s", "no slower than before", "see history"))
# what the database alone takes to write the same lines into observation (its five indexes and its
# references), in psql with nothing of the service: P4's commit cannot be faster than these
for name, label in (("history.first.insert", "a plain INSERT of the lines into observation"),
                    ("history.first.without", "the merge of a first import without history")):
    v = median(name, MEAN)
    if v == v:
        rows.append(("P4 floor", f"{label}, in psql", f"{v / 1000:.2f} s = {v / copy:.2f}×",
                     f"psql \\copy {copy / 1000:.2f} s", "(reference)", "—"))
for mode, leg, label in (("first", "import.commit", "first import"),
                         ("changed", "import.changed", "re-import changing every figure")):
    w, wo, t = median(f"history.{mode}.with", MEAN), median(f"history.{mode}.without", MEAN), median(leg, MEAN)
    cost = w - wo
    rows.append(("14", f"history's cost to the 100,000-line import, {label}",
                 f"{cost / 1000:+.2f} s = {cost / (t - cost) * 100:+.1f} %" if t == t else "n/a",
                 f"the merge {wo / 1000:.2f} s without history, {w / 1000:.2f} s with; import {t / 1000:.2f} s",
                 "≤ +10 %", "yes" if cost / (t - cost) <= 0.10 else "**no**"))
sql = median("scorecard.sql", MEAN)
sc = median("scorecard.c1", MEAN)
ratio("P5", "scorecard of 1,000 targets", f"{sc:.1f} ms = {sc / sql:.2f}×",
      f"its inputs in raw SQL {sql:.1f} ms", "≤ 2×", sc / sql <= 2)
rss_empty = median("rss.empty", RPS)
for svc in ("indicators", "cadre", "survey", "gateway"):
    v = median(f"rss.{svc}", RPS)
    ratio("P6", f"RSS of {svc} after the run", f"{fmt(v)} MB = {v / rss_empty:.2f}×",
          f"empty app {fmt(rss_empty)} MB", "< 2×", v / rss_empty < 2)
start_empty = median("start.empty", MEAN)
for svc in ("indicators", "cadre", "survey", "gateway"):
    v = median(f"start.{svc}", MEAN)
    ratio("P6", f"start of {svc} to ready", f"{v / 1000:.2f} s = {v / start_empty:.2f}×",
          f"empty app {start_empty / 1000:.2f} s", "< 1.3×", v / start_empty < 1.3)
v = median("start.extensions", MEAN)
if v == v:
    rows.append(("P6 floor", "start of the empty app with indicators-service's extensions, none of its code",
                 f"{v / 1000:.2f} s = {v / start_empty:.2f}×", f"empty app {start_empty / 1000:.2f} s",
                 "(reference)", "—"))
ratio("P6", "OutOfMemoryError in the logs (services -Xmx256m, gateway -Xmx96m)",
      oom.strip() or "none", "", "none", not oom.strip())

print("\n| target | what | measured | floor | goal | met |")
print("|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
