#!/bin/sh
# scripts/fuzz.sh SECONDS — coverage-guided fuzzing of the text pipeline and the exporters
# (DOT escaping through libcgraph, GraphML/GEXF well-formedness, the HTML report's scripts)
# with libFuzzer, for at most SECONDS (default 60).
#
# Builds `quotegraph-fuzz` with `-sanitize=fuzzer -D FUZZING` into .build-fuzz (the normal
# build of the same target is a corpus-replay runner), starts from the seeds and every past
# crash in Tests/FuzzRegressionTests/Fixtures, and keeps its corpus in .build-fuzz/corpus.
# libFuzzer stops at the first input that crashes, hangs (-timeout) or breaks a promise of
# FuzzChecks; the script then names the file. Copy it to
# Tests/FuzzRegressionTests/Fixtures/crashes/WHAT-IT-BREAKS, fix the bug, and
# FuzzRegressionTests replays it from then on.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
scratch=.build-fuzz
fixtures=Tests/FuzzRegressionTests/Fixtures
swift build -c release --scratch-path "$scratch" --product quotegraph-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
mkdir -p "$scratch/corpus" "$scratch/artifacts"
for f in "$fixtures"/seeds/* "$fixtures"/crashes/*; do
    [ -f "$f" ] && cp "$f" "$scratch/corpus/"
done
status=0
SWIFT_BACKTRACE=enable=no "$scratch/release/quotegraph-fuzz" "$scratch/corpus" \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$scratch/artifacts/" -print_final_stats=1 || status=$?
if [ "$status" -ne 0 ]; then
    echo "fuzz: found a failing input (exit $status): $(ls -t "$scratch"/artifacts/* | head -n 1)" >&2
    echo "fuzz: keep it as $fixtures/crashes/WHAT-IT-BREAKS and replay it with:" >&2
    echo "  swift run quotegraph-fuzz $fixtures/crashes" >&2
    exit "$status"
fi
echo "fuzz: no failure in $seconds s; corpus: $(ls "$scratch/corpus" | wc -l) inputs"
