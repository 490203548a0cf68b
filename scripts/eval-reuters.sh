#!/usr/bin/env bash
# Measures quotations and speakers on 80 hand-annotated Reuters articles (US politics,
# 2016-17, curly quotation marks, paragraph breaks lost):
#   scripts/eval-reuters.sh ISOT_GITDIR [SCRATCH] [tune|held|all]
# ISOT_GITDIR is a local git copy of 10-lalitha/fakenewsdetection, whose True.csv holds 199
# Reuters articles of the public ISOT fake-news dataset; article reuters_NNN is its row NNN
# (from 0, header not counted), text stripped of surrounding white space, one newline added.
# SCRATCH (default /tmp/quotegraph-eval-reuters) receives the articles and predictions,
# outside the repository. The gold (scripts/eval/reuters-gold.tsv) keeps offsets and speakers
# only, never article text. "held" articles were not looked at while the rules were written;
# "tune" ones were.
set -euo pipefail
cd "$(dirname "$0")/.."
isot="${1:?usage: scripts/eval-reuters.sh ISOT_GITDIR [SCRATCH] [tune|held|all]}"
scratch="${2:-/tmp/quotegraph-eval-reuters}"
split="${3:-all}"
case "$split" in tune|held|all) ;; *) echo "error: split must be tune, held or all, not '$split'" >&2; exit 2 ;; esac
gold=scripts/eval/reuters-gold.tsv
mkdir -p "$scratch/articles"
{ git --git-dir="$isot" show HEAD:True.csv 2>/dev/null || git -C "$isot" show HEAD:True.csv; } > "$scratch/True.csv"
python3 - "$scratch" "$gold" <<'PY'
import csv, sys
scratch, gold = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(f"{scratch}/True.csv", encoding="utf-8")))
names = {line.split("\t")[1] for line in open(gold, encoding="utf-8") if line.startswith(("tune\t", "held\t"))}
for name in names:
    text = rows[int(name.split("_")[1])]["text"].strip() + "\n"
    open(f"{scratch}/articles/{name}.txt", "w", encoding="utf-8").write(text)
PY
swift build -c release --product quotegraph >/dev/null
bin="$(swift build -c release --show-bin-path)/quotegraph"
"$bin" quotes "$scratch/articles" --format jsonl --quiet > "$scratch/pred.jsonl"
python3 scripts/eval/score_gold.py "$gold" "$scratch/pred.jsonl" --split="$split"
