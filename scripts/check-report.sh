#!/usr/bin/env bash
# Checks the HTML report in a real headless browser (Chromium):
#  1. a report of hostile input (a quotation, a speaker phrase and a document id holding
#     <script> and an <img onerror>) is loaded; the check fails if any injected code ran,
#     or if the report's own script did not run;
#  2. the seed article's report is rendered to Output/cyberspies-vaccine-research.report.png
#     (the README's screenshot).
# Needs chromium (Debian: apt-get install -y chromium); installs it when missing and running
# as root, otherwise prints the command. SCRATCH_PATH picks the build directory (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-graphviz.sh

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$(command -v "$candidate")"; break; fi
done
if [ -z "$browser" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "Installing chromium (headless browser for the report check)..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
        browser="$(command -v chromium)"
    else
        echo "error: no Chromium found. Install it with:" >&2
        echo "    sudo apt-get install -y chromium" >&2
        exit 1
    fi
fi

scratch="${SCRATCH_PATH:-.build}"
swift build --scratch-path "$scratch" --product quotegraph >&2
bin="$(swift build --scratch-path "$scratch" --show-bin-path)/quotegraph"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chrome() {
    # --no-sandbox: Chromium refuses to run as root otherwise; the page is our own file.
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$work/profile" "$@" 2>/dev/null
}

# 1. Injection: every payload would mark <body> with data-injected if it ran.
payload_script="<script>document.body.setAttribute('data-injected','script')</script>"
payload_img="<img src=x onerror=\"document.body.setAttribute('data-injected','img')\">"
python3 - "$work/hostile.jsonl" "$payload_script" "$payload_img" <<'PY'
import json, sys
path, script, img = sys.argv[1:4]
text = (f'"{script} is {img} nothing," said John Smith, a spokesman for the Acme Corporation.\n\n'
        f'The Acme Corporation accused Russia of hacking. Russia denied the accusation. "{img}{script}," Smith said.')
with open(path, "w") as f:
    f.write(json.dumps({"id": f"doc {script}", "text": text}) + "\n")
PY
"$bin" report "$work/hostile.jsonl" -o "$work/hostile.html" --edge-labels --size-by pagerank --cluster affiliation
chrome --virtual-time-budget=3000 --dump-dom "file://$work/hostile.html" > "$work/hostile.dom"
if grep -q 'data-injected="' "$work/hostile.dom"; then
    echo "FAIL: injected code ran in the report: $(grep -o 'data-injected="[^"]*"' "$work/hostile.dom" | head -1)" >&2
    exit 1
fi
if ! grep -q 'data-report-ready="yes"' "$work/hostile.dom"; then
    echo "FAIL: the report's own script did not run" >&2
    exit 1
fi
if ! grep -q '&lt;script&gt;document.body.setAttribute' "$work/hostile.dom"; then
    echo "FAIL: the hostile quotation is not shown as text" >&2
    exit 1
fi
echo "ok: injected <script> and onerror did not run; the report's script ran; the payload shows as text"

# 2. The seed article's report and its screenshot.
mkdir -p Output
name=cyberspies-vaccine-research
"$bin" report "Examples/$name.txt" -o "$work/$name.report.html" --size-by pagerank
chrome --virtual-time-budget=3000 --window-size=1400,1800 --screenshot="$work/shot.png" "file://$work/$name.report.html" >/dev/null
mv "$work/shot.png" "Output/$name.report.png"
echo "ok: wrote Output/$name.report.png"
