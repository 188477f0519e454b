#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build, and run the whole test suite with ctest;
# then the same suite under AddressSanitizer + UndefinedBehaviorSanitizer, and each libFuzzer
# target for FUZZ_SECONDS (default 60) on the project's seed corpus. The long fault tests
# (tools/fault_tests.sh) run between ctest and the sanitizers.
# `tools/test.sh --quick` stops after the first ctest run (for development).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh
(cd build && ctest --output-on-failure -j"$(nproc)")
if [ "${1:-}" = "--quick" ]; then
  exit 0
fi
echo "== long fault tests (I/O faults, kill anywhere, readers, memory bound)"
bash tools/fault_tests.sh
echo "== sanitizers (ASan + UBSan)"
bash tools/sanitize.sh
echo "== fuzzing"
bash tools/fuzz.sh
