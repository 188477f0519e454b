#!/usr/bin/env bash
# The long variants of the fault tests (issue #21), run by tools/test.sh after ctest: I/O faults
# injected at a dense sample of operations, kill-anywhere and four readers over the whole Reuters
# file, and the Reuters build under a 1 GiB address-space limit. About 15 minutes on an idle
# 2-core machine. Needs a build in build/ (tools/build.sh); the Reuters parts skip with a message
# when ../shared/corpus is absent. FAULT_POINTS (default 150) sets the sample per fault case.
set -euo pipefail
cd "$(dirname "$0")/.."
reuters=${REUTERS:-../shared/corpus/reuters21578.jsonl}

# Runs build/tests/NAME (doctest) with the environment given before it, shows its messages
# (counts, latencies, figures) and fails when it fails.
long_test() {
  local name=$1 status=0
  "./build/tests/$name" > "build/$name.long.log" 2>&1 || status=$?
  grep -E "MESSAGE|ERROR|test cases:|Status:" "build/$name.long.log" | head -80
  return $status
}

echo "== I/O faults at ${FAULT_POINTS:-150} points per case (build, merge, snapshot)"
NEWSGRAPH_FAULT_POINTS=${FAULT_POINTS:-150} long_test fault_test

if [ ! -f "$reuters" ]; then
  echo "skipped: $reuters is absent (the Reuters kill, readers and memory tests need ../shared/corpus)"
  exit 0
fi

echo "== kill anywhere: whole Reuters file, 10 seeded moments and the named ones"
NEWSGRAPH_KILL_CORPUS=$reuters NEWSGRAPH_KILL_BATCH=5000 long_test kill_test

echo "== four readers during the whole Reuters build"
NEWSGRAPH_READERS_CORPUS=$reuters NEWSGRAPH_READERS_ENTITIES="Reagan Baker" NEWSGRAPH_READERS_BATCH=5000 \
  long_test readers_test

echo "== the whole Reuters build under ulimit -v 1 GiB"
dir=$(mktemp -d)
( ulimit -v 1048576 && ./build/src/newsgraph build "$reuters" --db "$dir/reuters.db" --quiet ) | tail -1
rm -rf "$dir"
