#!/bin/sh
# The VS Code extension (editors/vscode) builds: npm ci && npm run compile in
# a copy in the build tree, and the compiled client is there.
# usage: run-vscode.sh SOURCE_DIR WORK_DIR
# Exit 77 (skipped) without npm or when the packages cannot be fetched.
set -u
src=$1 work=$2
command -v npm >/dev/null 2>&1 || { echo "npm not found: skipped"; exit 77; }
ext=$work/vscode-extension
rm -rf "$ext/src" "$ext/out"
mkdir -p "$ext"
cp -R "$src/editors/vscode/src" "$src/editors/vscode/package.json" \
  "$src/editors/vscode/package-lock.json" "$src/editors/vscode/tsconfig.json" "$ext/"
cd "$ext" || exit 1
if ! cmp -s package-lock.json node_modules/.package-lock.json.psauth 2>/dev/null; then
  if ! npm ci --ignore-scripts --no-audit --no-fund >npm.log 2>&1; then
    cat npm.log
    echo "npm ci failed (no network?): skipped"
    exit 77
  fi
  cp package-lock.json node_modules/.package-lock.json.psauth
fi
npm run compile || { echo "FAIL npm run compile"; exit 1; }
[ -s out/extension.js ] || { echo "FAIL out/extension.js missing"; exit 1; }
grep -q "vscode-languageclient/node" out/extension.js || { echo "FAIL the client is not used"; exit 1; }
grep -q "'lsp'" out/extension.js || { echo "FAIL psauth lsp is not started"; exit 1; }
echo "ok   the extension compiles (out/extension.js)"
