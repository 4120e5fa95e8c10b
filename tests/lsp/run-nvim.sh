#!/bin/sh
# Neovim from Debian as a real LSP client (tests/lsp/nvim.lua): diagnostics,
# the first code action applied and written, the rewritten file checked.
# usage: run-nvim.sh PSAUTH SOURCE_DIR WORK_DIR   (exit 77: no nvim)
set -u
psauth=$1 src=$2 work=$3
command -v nvim >/dev/null 2>&1 || { echo "nvim not found (apt-get install neovim): skipped"; exit 77; }
dir=$(mktemp -d "$work/lsp-nvim-XXXXXX")
trap 'rm -rf "$dir"' EXIT
cp "$src/tests/lsp/legacy.ps1" "$dir/legacy.ps1"
# no user config, no plugins, no shada; a private XDG cache for the rule pages
PSAUTH=$psauth PSA_FILE=$dir/legacy.ps1 XDG_CACHE_HOME=$dir/cache HOME=$dir \
  timeout 120 nvim --headless --clean -n -i NONE -c "luafile $src/tests/lsp/nvim.lua" </dev/null
rc=$?
[ $rc -eq 0 ] || { echo "nvim failed ($rc)"; exit 1; }
fail=0
expect() { # expect grep-pattern what
  if grep -q -- "$1" "$dir/legacy.ps1"; then echo "ok   $2"; else echo "FAIL $2"; fail=1; fi
}
absent() {
  if grep -q -- "$1" "$dir/legacy.ps1"; then echo "FAIL $2"; fail=1; else echo "ok   $2"; fi
}
expect '^Connect-ExchangeOnline -ShowBanner:$false | Out-Null$' 'the session became Connect-ExchangeOnline (interactive: the script prompts with Get-Credential), as quiet as its import'
absent 'New-PSSession' 'no New-PSSession left'
absent 'Import-PSSession' 'Import-PSSession went with it'
expect '^Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress$' 'other lines unchanged'
expect '^# Mailbox report (test sample' 'the first line unchanged'
echo "--- rewritten file:"; cat "$dir/legacy.ps1"
exit $fail
