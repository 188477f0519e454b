#!/usr/bin/env bash
# Configures and builds newsgraph (Release with debug info) into build/. Safe to repeat.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
