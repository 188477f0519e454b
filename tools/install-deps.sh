#!/usr/bin/env bash
# Installs the Debian packages newsgraph needs to build, run and test, when any is missing.
# Safe to repeat. Needs root (or sudo) only when something must be installed.
set -euo pipefail
packages=(build-essential cmake libboost-graph-dev rapidjson-dev libsqlitecpp-dev libsqlite3-dev
          doctest-dev liblingua-en-tagger-perl wordnet-base iso-codes graphviz python3
          clang libclang-rt-14-dev python3-networkx chromium
          python3-dask python3-distributed libtcmalloc-minimal4)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
