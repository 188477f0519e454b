#!/usr/bin/env bash
# Checks that extraction output is unchanged against a baseline binary's output (issue #20's guard
# rail): runs `newsgraph extract --format json` of this checkout on the 3,000 Reuters articles and
# on the Wikinews sample, drops the fields that the baseline did not have (`rule`, `trace`) and
# compares line by line with the baseline's JSON. Prints one line per corpus and exits 1 on any
# difference (the first differing article is shown).
#   usage: tools/check_identity.sh [BASELINE_DIR]   (default /work/baseline)
# BASELINE_DIR holds reuters3000.jsonl, reuters3000.json and wikinews.json, made by the baseline
# binary with the same commands. Skips (exit 0) with a message when it or ../shared is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-/work/baseline}
ng=build/src/newsgraph
wiki=../shared/corpus/wikinews_2019_2020.jsonl
if [[ ! -f $base/reuters3000.json || ! -f $base/wikinews.json || ! -f $wiki ]]; then
  echo "check_identity: skipped: needs $base/{reuters3000.jsonl,reuters3000.json,wikinews.json} and $wiki"
  exit 0
fi
[[ -x $ng ]] || { echo "check_identity: $ng not built; run tools/build.sh first" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
compare() {  # name input baseline_json
  "$ng" extract "$2" --format json > "$out/$1.json"
  if cmp -s "$out/$1.json" "$3"; then
    echo "$1: byte-identical ($(wc -l < "$3") articles)"
    return
  fi
  python3 - "$out/$1.json" "$3" "$1" <<'PY' || status=1
import json, sys
NEW_FIELDS = {"rule", "trace", "plover"}
def strip(v):
    if isinstance(v, dict):
        return {k: strip(x) for k, x in v.items() if k not in NEW_FIELDS}
    if isinstance(v, list):
        return [strip(x) for x in v]
    return v
mine, base, name = sys.argv[1:]
with open(mine, encoding="utf-8") as a, open(base, encoding="utf-8") as b:
    la, lb = a.read().splitlines(), b.read().splitlines()
if len(la) != len(lb):
    sys.exit(f"{name}: DIFFERENT: {len(la)} lines against the baseline's {len(lb)}")
rules = 0
for n, (x, y) in enumerate(zip(la, lb), 1):
    jx = json.loads(x)
    rules += json.dumps(jx).count('"rule"')
    # both sides lose the new fields: a baseline made by a binary that already had them still compares
    if json.dumps(strip(jx), ensure_ascii=False) != json.dumps(strip(json.loads(y)), ensure_ascii=False):
        print(f"{name}: DIFFERENT at line {n} (article {json.loads(y).get('id')})")
        sx, sy = json.dumps(strip(jx), ensure_ascii=False), json.dumps(strip(json.loads(y)), ensure_ascii=False)
        i = next(i for i in range(min(len(sx), len(sy))) if sx[i] != sy[i]) if sx[:min(len(sx),len(sy))] != sy[:min(len(sx),len(sy))] else min(len(sx), len(sy))
        print("  mine:    ..." + sx[max(0, i - 150):i + 150])
        print("  baseline ..." + sy[max(0, i - 150):i + 150])
        sys.exit(1)
print(f"{name}: identical apart from the new fields ({len(lb)} articles, {rules} rule fields)")
PY
}
compare reuters3000 "$base/reuters3000.jsonl" "$base/reuters3000.json"
compare wikinews "$wiki" "$base/wikinews.json"
exit $status
