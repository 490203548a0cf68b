#!/usr/bin/env bash
# Compares the per-document graphs two builds extract from one corpus, to read what a change
# to the extractor did to the parties and relations where no gold standard exists:
#   scripts/graph-diff.sh OLD_QUOTEGRAPH NEW_QUOTEGRAPH CORPUS.jsonl [SCRATCH]
# Prints the entities (kind, name) lost and gained with their counts, then every relation
# (kind source → target, not quotes or affiliations) lost or gained, with the evidence text.
# OLD and NEW are quotegraph binaries (build the old commit in a `git worktree`); SCRATCH
# (default /tmp/quotegraph-graph-diff) receives both `extract` outputs.
set -euo pipefail
old="${1:?usage: scripts/graph-diff.sh OLD_QUOTEGRAPH NEW_QUOTEGRAPH CORPUS.jsonl [SCRATCH]}"
new="${2:?usage: scripts/graph-diff.sh OLD_QUOTEGRAPH NEW_QUOTEGRAPH CORPUS.jsonl [SCRATCH]}"
corpus="${3:?usage: scripts/graph-diff.sh OLD_QUOTEGRAPH NEW_QUOTEGRAPH CORPUS.jsonl [SCRATCH]}"
scratch="${4:-/tmp/quotegraph-graph-diff}"
mkdir -p "$scratch"
"$old" extract "$corpus" --quiet > "$scratch/old.jsonl"
"$new" extract "$corpus" --quiet > "$scratch/new.jsonl"
python3 - "$corpus" "$scratch/old.jsonl" "$scratch/new.jsonl" <<'PY'
import collections, json, sys

texts = {}
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    texts[doc["id"]] = list(doc["text"])  # offsets count Unicode scalars

def graphs(path):
    for line in open(path, encoding="utf-8"):
        g = json.loads(line)
        entities = {(e["kind"], e["name"]) for e in g["entities"]}
        relations = {(r["kind"], r["source"], r["target"]): r["evidence"][0]
                     for r in g["relations"] if r["kind"] not in ("quotes", "affiliated_with")}
        yield g["documents"][0]["id"], entities, relations

lost, gained = collections.Counter(), collections.Counter()
changes = []
for (doc, old_e, old_r), (_, new_e, new_r) in zip(graphs(sys.argv[2]), graphs(sys.argv[3])):
    lost.update(old_e - new_e)
    gained.update(new_e - old_e)
    for label, a, b in (("LOST  ", old_r, new_r), ("GAINED", new_r, old_r)):
        for key in sorted(a.keys() - b.keys()):
            ev = a[key]
            text = "".join(texts.get(doc, [])[ev["start"]:ev["end"]]).replace("\n", " ")
            changes.append(f"{label} {key[0]} {key[1]} -> {key[2]} :: {text[:160]}")
print(f"entities lost {sum(lost.values())}, gained {sum(gained.values())}")
for name, counter in (("lost", lost), ("gained", gained)):
    for (kind, entity), n in counter.most_common(30):
        print(f"  {name:6} {kind:12} {entity} ×{n}")
print(f"relations changed {len(changes)}")
print("\n".join(changes))
PY
