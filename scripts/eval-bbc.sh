#!/usr/bin/env bash
# Measures quotations and speakers on 120 hand-annotated BBC News articles:
#   scripts/eval-bbc.sh BBC_GITDIR [SCRATCH] [tune|held|all]
# BBC_GITDIR is a local git copy of dejanbatanjac/bbc-article-classify-bert (its bbc/ folder
# holds the public BBC dataset); SCRATCH (default /tmp/quotegraph-eval-bbc) receives the
# articles and predictions, outside the repository. The gold (scripts/eval/bbc-gold.tsv)
# keeps offsets and speakers only, never article text. "held" articles were not looked at
# while the rules were written; "tune" ones were.
set -euo pipefail
cd "$(dirname "$0")/.."
bbc="${1:?usage: scripts/eval-bbc.sh BBC_GITDIR [SCRATCH] [tune|held|all]}"
scratch="${2:-/tmp/quotegraph-eval-bbc}"
split="${3:-all}"
case "$split" in tune|held|all) ;; *) echo "error: split must be tune, held or all, not '$split'" >&2; exit 2 ;; esac
gold=scripts/eval/bbc-gold.tsv
mkdir -p "$scratch/articles"
for article in $(grep -v '^#' "$gold" | tail -n +2 | cut -f2 | sort -u); do
    git --git-dir="$bbc" show "HEAD:bbc/${article%%_*}/${article#*_}.txt" > "$scratch/articles/$article.txt" 2>/dev/null \
        || git -C "$bbc" show "HEAD:bbc/${article%%_*}/${article#*_}.txt" > "$scratch/articles/$article.txt"
done
swift build -c release --product quotegraph >/dev/null
bin="$(swift build -c release --show-bin-path)/quotegraph"
"$bin" quotes "$scratch/articles" --format jsonl --quiet > "$scratch/pred.jsonl"
python3 scripts/eval/score_gold.py "$gold" "$scratch/pred.jsonl" --split="$split"
