#!/bin/sh
# tests/lsp/client.test.js with vscode-jsonrpc from npm (pinned by
# package-lock.json, installed with npm ci into the build tree).
# usage: run-node.sh PSAUTH SOURCE_DIR WORK_DIR
# Exit 77 (skipped) when node or npm is missing or the packages cannot be
# fetched (no network).
set -u
psauth=$1 src=$2 work=$3
command -v node >/dev/null 2>&1 || { echo "node not found: skipped"; exit 77; }
command -v npm >/dev/null 2>&1 || { echo "npm not found: skipped"; exit 77; }
mod=$work/lsp-node
mkdir -p "$mod"
if ! cmp -s "$src/tests/lsp/package-lock.json" "$mod/package-lock.json" || [ ! -d "$mod/node_modules/vscode-jsonrpc" ]; then
  cp "$src/tests/lsp/package.json" "$src/tests/lsp/package-lock.json" "$mod/"
  if ! (cd "$mod" && npm ci --ignore-scripts --no-audit --no-fund >npm.log 2>&1); then
    cat "$mod/npm.log"
    rm -f "$mod/package-lock.json"
    echo "npm ci failed (no network?): skipped"
    exit 77
  fi
fi
NODE_PATH=$mod/node_modules exec node "$src/tests/lsp/client.test.js" "$psauth" "$work"
