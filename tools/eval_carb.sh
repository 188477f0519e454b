#!/usr/bin/env bash
# Runs the extractor on CaRB dev sentences and scores it: P, R, F1, AUC and the breakdown.
# Usage: tools/eval_carb.sh [SENTENCES.txt GOLD.tsv]   (default: ../shared/bench/carb dev split)
set -euo pipefail
cd "$(dirname "$0")/.."
sentences=${1:-../shared/bench/carb/dev.txt}
gold=${2:-../shared/bench/carb/gold/dev.tsv}
if [ ! -f "$sentences" ] || [ ! -f "$gold" ]; then
  echo "eval_carb: $sentences or $gold is absent; nothing to score (skipped)"
  exit 0
fi
out=$(mktemp)
start=$(date +%s%N)
./build/src/newsgraph extract --sentences --format carb "$sentences" > "$out"
end=$(date +%s%N)
lines=$(wc -l < "$sentences")
echo "extracted $(wc -l < "$out") tuples from $lines sentences in $(( (end - start) / 1000000 )) ms (whole process, one thread)"
./build/tools/carb_score "$out" "$gold"
rm -f "$out"
