#!/bin/bash
# scripts/stress-inputs.sh [SCRATCH] — hostile inputs at full size through the release
# `quotegraph`, with wall time, peak memory and exit status for each (the unit tests use
# smaller sizes and never assert on time). Pairs of sizes show whether time grows linearly.
# Needs python3 to generate the inputs, which live in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${1:-.build}
swift build -c release --scratch-path "$scratch" --product quotegraph >/dev/null
bin="$scratch/release/quotegraph"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys, os
d = sys.argv[1]
def w(name, data):
    with open(os.path.join(d, name), "wb") as f: f.write(data if isinstance(data, bytes) else data.encode())
news = "\u201cWe will respond to this attack,\u201d said Dominic Raab, the British Foreign Secretary. The Kremlin denied it. "
for mb in (25, 50):
    n = mb * 1_000_000 // len(news.encode())
    w(f"line-{mb}mb.txt", news * n)                      # one 25/50 MB line, no line break
w("marks-100k.txt", '"' * 100_000)
w("marks-200k.txt", '"' * 200_000)
w("opening-100k.txt", "\u201cword " * 100_000)
w("opening-200k.txt", "\u201cword " * 200_000)
w("nested-50k.txt", "Anna Smith said: " + "\u201ca \u2018b \u00ab c \u201ed " * 50_000 + "end" + "\u201d \u2019 \u00bb \u201c" * 50_000)
acc = '"Russia is hacking our labs and we will respond," said Dominic Raab, the British Foreign Secretary. The Kremlin denied the accusation. '
w("accusations-10k.txt", acc * 10_000)
w("accusations-20k.txt", acc * 20_000)
with open(os.path.join(d, "tiny-1m.jsonl"), "w") as f:
    for i in range(1_000_000): f.write('{"id":"%d","text":"a"}\n' % i)
w("binary.txt", os.urandom(10_000_000))
w("invalid-utf8-50mb.txt", (news.encode() + b"\xff") * (50_000_000 // (len(news.encode()) + 1)))
PY

run() {  # label, then the command line
    local label=$1; shift
    local start end status
    start=$(date +%s.%N)
    set +e
    /usr/bin/time -f "%M" -o "$work/rss" "$@" >"$work/out" 2>"$work/err"
    status=$?
    set -e
    end=$(date +%s.%N)
    printf "%-34s %8.2f s %8d MB  exit %d  %s\n" "$label" "$(awk "BEGIN { print $end - $start }")" "$(( $(tail -n1 "$work/rss") / 1024 ))" \
        "$status" "$(grep -v '^graphviz warning' "$work/err" | head -n1 | cut -c1-70)"
}

echo "case                                   time      peak RSS   status  first line of stderr"
for mb in 25 50; do
    run "quotes, one ${mb} MB line" "$bin" quotes -q "$work/line-${mb}mb.txt"
    run "analyze json, one ${mb} MB line" "$bin" analyze -q --format json "$work/line-${mb}mb.txt"
done
for f in marks-100k marks-200k opening-100k opening-200k nested-50k accusations-10k accusations-20k; do
    run "analyze json, $f" "$bin" analyze -q --format json "$work/$f.txt"
done
run "quotes, 1M tiny JSONL lines" "$bin" quotes -q "$work/tiny-1m.jsonl"
run "quotes, 1M JSONL lines on stdin" sh -c "\"$bin\" quotes -q - --input-format jsonl < \"$work/tiny-1m.jsonl\""
run "quotes, 10 MB of random bytes" "$bin" quotes -q "$work/binary.txt"
run "quotes, 50 MB invalid UTF-8" "$bin" quotes -q "$work/invalid-utf8-50mb.txt"
run "quotes --lossy, 50 MB invalid UTF-8" "$bin" quotes -q --lossy "$work/invalid-utf8-50mb.txt"
run "quotes, 50 MB over a 10 MB limit" "$bin" quotes -q --max-input-size 10000000 "$work/line-50mb.txt"
