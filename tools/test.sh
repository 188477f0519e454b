#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build, and run the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh
cd build && ctest --output-on-failure -j"$(nproc)"
