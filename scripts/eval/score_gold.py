#!/usr/bin/env python3
"""Scores `quotegraph quotes --format jsonl` output against a hand-annotated gold file
(scripts/eval/bbc-gold.tsv, scripts/eval/reuters-gold.tsv).

usage: score_gold.py GOLD PRED [--split tune|held|all] [-v]

A gold quotation is found when an unused predicted quotation of its article covers the gold
start offset (the first word after the opening mark). Its speaker is right when the gold
names somebody and the prediction names a party whose name holds the gold name's last word
(the surname: "Mr Blair" for "Tony Blair" is right, "the singer" is not; "A|B": either's), or when the gold
says UNNAMED or NONE and the prediction names no party. Predicted quotations that cover no
gold start are counted as extra (some are scare quotes the annotators left out).
"""
import json
import sys


def main(argv):
    args = [a for a in argv if not a.startswith("-")]
    split = next((a.split("=", 1)[1] for a in argv if a.startswith("--split=")), "all")
    verbose = "-v" in argv
    if len(args) != 2 or split not in ("tune", "held", "all"):
        sys.exit(__doc__)
    gold = {}
    for line in open(args[0], encoding="utf-8"):
        if line.startswith("#") or line.startswith("split\t") or not line.strip():
            continue
        part, article, start, speaker = line.rstrip("\n").split("\t")
        if split in ("all", part):
            quotes = gold.setdefault(article, [])
            if start != "-":  # "-": an article without quotations
                quotes.append((int(start), speaker))
    pred = {}
    for line in open(args[1], encoding="utf-8"):
        doc = json.loads(line)
        pred[doc["id"]] = doc["quotes"]
    total = found = right = named = named_right = extra = 0
    for article, quotes in sorted(gold.items()):
        predicted = pred.get(article, [])
        used = set()
        for start, speaker in quotes:
            total += 1
            hit = next((i for i, q in enumerate(predicted) if i not in used and q["start"] <= start < q["end"]), None)
            if hit is None:
                if verbose:
                    print(f"MISSING {article} @{start} gold={speaker}")
                continue
            used.add(hit)
            found += 1
            q = predicted[hit]
            got = q.get("speaker") or ""
            if speaker.startswith("UNNAMED") or speaker == "NONE":
                ok = not q.get("speaker_id")
            else:
                named += 1
                ok = any(got.lower() == name.lower() or (
                    q.get("speaker_id") is not None and name.split()[-1].lower() in got.lower().split())
                    for name in speaker.split("|"))
                named_right += ok
            right += ok
            if verbose and not ok:
                print(f"WRONG   {article} @{start} gold={speaker} got={got!r} cue={q.get('cue')}")
        extra += len(predicted) - len(used)
        if verbose:
            for i, q in enumerate(predicted):
                if i not in used:
                    print(f"EXTRA   {article} @{q['start']} got={q.get('speaker')!r} text={q['text'][:60]!r}")
    print(f"split={split} articles={len(gold)} gold={total} found={found} ({found / max(total, 1):.3f}) "
          f"speaker_right={right} ({right / max(total, 1):.3f}) named_right={named_right}/{named} extra={extra}")


if __name__ == "__main__":
    main(sys.argv[1:])
