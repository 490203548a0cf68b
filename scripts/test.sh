#!/usr/bin/env bash
# The whole test suite (installs Graphviz's C library first when it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-graphviz.sh
swift test "$@"
