#!/usr/bin/env bash
# Interleaved A/B benchmark of whole builds (issue #23): each round builds the corpus once with
# every variant in turn into a fresh database, then prints, per variant, the median wall time, the
# median user+sys CPU time (less disturbed by other load on a shared machine), the peak memory and
# (for binaries that report them) the median time of each build phase.
#
# Usage: bash tools/bench_writer.sh [--runs N] [--corpus FILE.jsonl] LABEL=COMMAND...
#   COMMAND is a newsgraph binary, optionally preceded by environment settings, for example
#   bash tools/bench_writer.sh --runs 5 before=/work/baseline/newsgraph after=build/src/newsgraph \
#        no-bulk="NEWSGRAPH_BENCH_WITHOUT=bulk-load build/src/newsgraph"
# (NEWSGRAPH_BENCH_WITHOUT switches one change off: see storage/bench_switch.h.)
set -euo pipefail
runs=3
corpus="$(dirname "$0")/../../shared/corpus/reuters21578.jsonl"
variants=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    *=*) variants+=("$1"); shift ;;
    *) echo "bench_writer.sh: expected LABEL=COMMAND, got '$1'" >&2; exit 2 ;;
  esac
done
if [ ! -f "$corpus" ]; then
  echo "bench_writer.sh: no corpus at $corpus (../shared is absent): skipped" >&2
  exit 0
fi
if [ ${#variants[@]} -eq 0 ]; then
  echo "bench_writer.sh: give at least one LABEL=COMMAND" >&2
  exit 2
fi
work=$(mktemp -d /tmp/bench-writer.XXXXXX)
trap 'rm -rf "$work"' EXIT
for r in $(seq 1 "$runs"); do
  for v in "${variants[@]}"; do
    label=${v%%=*}
    cmd=${v#*=}
    db="$work/$label.db"
    rm -f "$db" "$db-wal" "$db-shm" "$db.adj" "$db.lock"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" sh -c "$cmd build '$corpus' --db '$db' --quiet --json >'$work/out' 2>/dev/null" || true
    read -r wall user sys peak <"$work/time"
    phases=$(grep -o '"phases":{[^}]*}' "$work/out" || true)
    echo "$label $wall $user $sys $peak $phases" >>"$work/results"
    echo "round $r: $label ${wall}s wall, $(echo "$user + $sys" | bc)s cpu" >&2
  done
done
python3 - "$work/results" <<'PY'
import collections, json, statistics, sys
rows = collections.OrderedDict()
for line in open(sys.argv[1]):
    parts = line.split(" ", 5)
    label, wall, user, sys_, peak = parts[:5]
    phases = parts[5].strip() if len(parts) > 5 else ""
    ph = json.loads("{" + phases + "}")["phases"] if phases else {}
    rows.setdefault(label, []).append((float(wall), float(user) + float(sys_), int(peak), ph))
for label, v in rows.items():
    walls = [x[0] for x in v]
    cpus = [x[1] for x in v]
    print(f"{label:16s} wall median {statistics.median(walls):6.2f} s  cpu median {statistics.median(cpus):6.2f} s  "
          f"peak {max(x[2] for x in v) / 1024:.0f} MB  (walls {' '.join(f'{w:.2f}' for w in walls)})")
    if v[0][3]:
        keys = v[0][3].keys()
        print("  phases (median s): " + ", ".join(f"{k} {statistics.median(x[3][k] for x in v):.2f}" for k in keys))
PY
