#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, and run the main job on the bundled
# sample articles: build a graph, print a timeline and a path, export GraphViz (and SVG).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh
mkdir -p out
ng=./build/src/newsgraph
db=out/samples.db
echo "== build: $ng build data/samples --db $db"
$ng build data/samples --db "$db"
echo
echo "== timeline: $ng timeline Alvarez --db $db"
$ng timeline Alvarez --db "$db"
echo
echo "== path: $ng path Okafor Alvarez --db $db"
$ng path Okafor Alvarez --db "$db"
echo
echo "== export: $ng export --format dot --db $db -o out/samples.dot"
$ng export --format dot --db "$db" -o out/samples.dot
if command -v dot >/dev/null; then
  dot -Tsvg out/samples.dot -o out/samples.svg
  echo "rendered out/samples.svg"
fi
