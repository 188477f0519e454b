#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz/ and runs each for FUZZ_SECONDS
# (default 60) on a corpus seeded from tests/fuzz/<target>/. A crash stops the script with the
# reproducer's path; add it to tests/fuzz/<target>/ and fix the bug (it then stays a regression).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
# A fixed seed by default, so that CI explores the same inputs every run and a failure reproduces;
# FUZZ_SEED=0 lets libFuzzer pick a new one (for longer exploratory runs).
seed=${FUZZ_SEED:-1}
targets=(fuzz_reader fuzz_tokenizer fuzz_time fuzz_extract fuzz_database)
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSGRAPH_FUZZ=ON -DBUILD_TESTING=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined" >/dev/null
# Undefined behaviour halts the run (so it counts as a crash) except what ubsan.supp names.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tools/fuzz/ubsan.supp"
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]}"
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$t
  mkdir -p "$corpus" build-fuzz/crashes
  cp -n tests/fuzz/$t/* "$corpus"/ 2>/dev/null || true
  echo "== $t: ${seconds} s"
  if ! ./build-fuzz/tools/fuzz/$t "$corpus" -seed="$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -max_len=4096 -print_final_stats=1 -artifact_prefix=build-fuzz/crashes/$t- 2> build-fuzz/$t.log; then
    tail -40 build-fuzz/$t.log
    echo "fuzz: $t found a crash: $(ls build-fuzz/crashes/$t-* 2>/dev/null | head -1)"
    exit 1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done" build-fuzz/$t.log | tr '\n' ' '
  echo
done
