#!/usr/bin/env bash
# The main job on the bundled examples: builds quotegraph (release) and analyses every text
# in Examples/, writing NAME.json, NAME.dot, NAME.svg and NAME.metrics.csv into Output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-graphviz.sh
swift build -c release --product quotegraph
bin="$(swift build -c release --show-bin-path)/quotegraph"
mkdir -p Output
for text in Examples/*.txt; do
    "$bin" analyze "$text" -o Output
done
