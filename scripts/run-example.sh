#!/usr/bin/env bash
# The main job on the bundled examples: builds quotegraph (release) and analyses every text
# in Examples/, writing NAME.json, NAME.dot, NAME.svg, NAME.metrics.csv, NAME.graphml, NAME.gexf,
# NAME.nodes.csv, NAME.edges.csv and the HTML report NAME.report.html into Output/.
# (scripts/check-report.sh checks the report in a headless browser and takes its screenshot.)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-graphviz.sh
swift build -c release --product quotegraph
bin="$(swift build -c release --show-bin-path)/quotegraph"
mkdir -p Output
for text in Examples/*.txt; do
    "$bin" analyze "$text" -o Output
    "$bin" report "$text" -o "Output/$(basename "$text" .txt).report.html" --size-by pagerank
done
