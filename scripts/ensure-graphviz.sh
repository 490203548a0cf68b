#!/usr/bin/env bash
# Makes sure Graphviz's C library and headers (Debian: libgraphviz-dev) are installed.
# Installs them when missing and running as root; otherwise prints the exact command to run.
set -euo pipefail
if pkg-config --exists libgvc 2>/dev/null; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    echo "Installing libgraphviz-dev (Graphviz's C library, linked in-process)..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq libgraphviz-dev pkg-config >&2
else
    echo "error: Graphviz's C library is missing. Install it with:" >&2
    echo "    sudo apt-get install -y libgraphviz-dev" >&2
    exit 1
fi
