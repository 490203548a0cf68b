#!/usr/bin/env bash
# Measures quotation extraction on PolNeAR (../shared/eval/README.md):
#   scripts/eval-polnear.sh POLNEAR_GITDIR [SCRATCH] [dev|train]
# POLNEAR_GITDIR is a local git copy of networkdynamics/PolNeAR; SCRATCH (default
# /tmp/quotegraph-eval) receives the gold and predicted JSONL, outside the repository.
# The compartment defaults to dev. The corpus text is never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
polnear="${1:?usage: scripts/eval-polnear.sh POLNEAR_GITDIR [SCRATCH] [dev|train]}"
scratch="${2:-/tmp/quotegraph-eval}"
part="${3:-dev}"
case "$part" in dev|train) ;; *) echo "error: compartment must be dev or train, not '$part'" >&2; exit 2 ;; esac
eval_dir="../shared/eval"
mkdir -p "$scratch"
[ -s "$scratch/polnear-$part.jsonl" ] || python3 "$eval_dir/convert_polnear.py" "$polnear" --compartment "$part" --out "$scratch/polnear-$part.jsonl"
swift build -c release --product quotegraph >/dev/null
bin="$(swift build -c release --show-bin-path)/quotegraph"
"$bin" quotes "$scratch/polnear-$part.jsonl" --format jsonl > "$scratch/pred-$part.jsonl"
python3 "$eval_dir/score_quotes.py" "$scratch/polnear-$part.jsonl" "$scratch/pred-$part.jsonl" --named-speaker
