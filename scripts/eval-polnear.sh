#!/usr/bin/env bash
# Measures quotation extraction on PolNeAR dev (../shared/eval/README.md):
#   scripts/eval-polnear.sh POLNEAR_GITDIR [SCRATCH]
# POLNEAR_GITDIR is a local git copy of networkdynamics/PolNeAR; SCRATCH (default
# /tmp/quotegraph-eval) receives the gold and predicted JSONL, outside the repository.
# The corpus text is never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
polnear="${1:?usage: scripts/eval-polnear.sh POLNEAR_GITDIR [SCRATCH]}"
scratch="${2:-/tmp/quotegraph-eval}"
eval_dir="../shared/eval"
mkdir -p "$scratch"
[ -s "$scratch/polnear-dev.jsonl" ] || python3 "$eval_dir/convert_polnear.py" "$polnear" --compartment dev --out "$scratch/polnear-dev.jsonl"
swift build -c release --product quotegraph >/dev/null
bin="$(swift build -c release --show-bin-path)/quotegraph"
"$bin" quotes "$scratch/polnear-dev.jsonl" --format jsonl > "$scratch/pred-dev.jsonl"
python3 "$eval_dir/score_quotes.py" "$scratch/polnear-dev.jsonl" "$scratch/pred-dev.jsonl" --named-speaker
