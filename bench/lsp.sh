#!/bin/sh
# psauth lsp: diagnostics latency after a one-line edit of a 5,000-line
# script (median over 50 edits) and memory over 1,000 edits, on a Release
# build in build-bench/ (bench/lsp-bench.js says what is measured).
# usage: bench/lsp.sh [LINES] [EDITS] [MEMORY_EDITS] [FLOOD]   (defaults 5000 50 1000 200)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=$root/build-bench
command -v node >/dev/null 2>&1 || { echo "bench/lsp.sh needs node" >&2; exit 2; }
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
exec node "$here/lsp-bench.js" "$build/psauth" "${1:-5000}" "${2:-50}" "${3:-1000}" "${4:-200}"
