#!/usr/bin/env bash
# Installs what is missing, builds kg (Release), ingests the bundled example
# corpus into out/kg.db, runs a query, and writes a GraphViz picture and a
# timeline into out/. Usage: scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)"
kg=build/bin/kg
mkdir -p out
rm -rf out/kg.db
export KG_DB=out/kg.db

echo "== kg ingest examples/corpus/articles.jsonl"
$kg ingest examples/corpus/articles.jsonl
echo
echo "== who accused, warned or threatened whom, and when"
$kg query --format table \
  "MATCH (a:Actor)-[e:ACCUSE|WARN|THREATEN]->(b:Actor) RETURN e.date AS date, a.name AS source, e.type AS type, b.name AS target ORDER BY date"
echo
$kg export dot --actor Turkey --depth 2 -o out/turkey.dot
if command -v dot >/dev/null; then
  $kg export dot --actor Turkey --depth 2 --svg out/turkey.svg
fi
$kg timeline --format timelinejs -o out/timeline.json
$kg timeline --format kg -o out/timeline.kg.json
$kg stats --format table
echo
echo "Wrote out/kg.db, out/turkey.dot$(command -v dot >/dev/null && echo ', out/turkey.svg'), out/timeline.json (TimelineJS) and out/timeline.kg.json."
echo "Open examples/timeline.html in a browser and pick out/timeline.json to see the timeline."
