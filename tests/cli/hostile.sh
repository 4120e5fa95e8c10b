#!/bin/sh
# Hostile inputs: odd encodings, huge and deeply nested files, special files,
# permissions, symlink loops, files vanishing mid-scan, awkward path names.
# Usage: hostile.sh PSAUTH SOURCE_DIR
#
# For every case: no crash (exit 0, 1 or 2 as documented, never a signal or
# a sanitizer report), bounded time (each run under `timeout 60`), a message
# naming the file when it is skipped or unreadable, the other files of the
# same run still scanned. The list with the reasoning is in
# docs/robustness.md.
# shellcheck disable=SC2016 # the '$' in single quotes are PowerShell's
set -u
psauth=$1
src=$2
pass=0
fail=0
skipped=""
t=$(mktemp -d)
bg=""
cleanup() {
  [ -n "$bg" ] && kill "$bg" 2>/dev/null
  chmod -R u+rwx "$t" 2>/dev/null
  rm -rf "$t"
}
trap cleanup EXIT

# A sanitizer report must never pass for "findings" (exit 1): give it its
# own exit code. (Appended, so it wins over an exitcode the caller set.)
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}exitcode=86"
UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}exitcode=86"
export ASAN_OPTIONS UBSAN_OPTIONS

check() { # check <description> <condition...>
  desc=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $desc"; fi
}
skip() { skipped="$skipped; $1"; echo "SKIP: $1"; }

# run [--as-nobody] <args...>: runs psauth under timeout 60; sets rc and
# leaves stdout in $t/out, stderr in $t/err (files: outputs can be large).
run() {
  if [ "$1" = --as-nobody ]; then
    shift
    timeout 60 setpriv --reuid=65534 --regid=65534 --clear-groups "$psauth" "$@" \
      >"$t/out" 2>"$t/err"
  else
    timeout 60 "$psauth" "$@" >"$t/out" 2>"$t/err"
  fi
  rc=$?
  last_args="$*"
}
out_has() { grep -q -- "$1" "$t/out"; }
err_has() { grep -q -- "$1" "$t/err"; }
# No signal, no timeout, no sanitizer report, and the exit code expected.
sane() { # sane <label> <expected exit code(s), e.g. 0 or 0|1>
  label=$1
  want=$2
  ok=true
  case $rc in
    124) echo "  $label: timed out after 60 s (psauth $last_args)"; ok=false ;;
    86) echo "  $label: sanitizer report"; ok=false ;;
  esac
  if [ "$rc" -ge 128 ]; then
    echo "  $label: killed by signal $((rc - 128))"
    ok=false
  fi
  if grep -q -E 'Sanitizer|runtime error:' "$t/err"; then
    echo "  $label: sanitizer output:"
    sed -n '1,15p' "$t/err"
    ok=false
  fi
  if $ok; then
    case "|$want|" in
      *"|$rc|"*) ;;
      *) echo "  $label: exit $rc, expected $want"; ok=false ;;
    esac
  fi
  $ok
}
# One line per run: its exit code and whether it finished cleanly.
expect() { # expect <label> <exit code(s)> <args...>
  label=$1
  want=$2
  shift 2
  run "$@"
  check "$label: no crash, bounded time, exit $want" sane "$label" "$want"
}

bad='$pw = ConvertTo-SecureString "Winter2024!" -AsPlainText -Force'
mkbad() { printf '%s\n' "$bad" >"$1"; }
mkbad "$t/ok.ps1"

# ---- encodings and bytes --------------------------------------------------
printf '' >"$t/empty.ps1"
expect "empty file" 0 scan "$t/empty.ps1"
check "empty file: scanned" out_has "1 file scanned, 0 skipped"

printf '\357\273\277' >"$t/bom.ps1"
expect "BOM only" 0 scan "$t/bom.ps1"
check "BOM only: scanned" out_has "1 file scanned, 0 skipped"
printf '\377\376' >"$t/bom16.ps1"
expect "UTF-16LE BOM only" 0 scan "$t/bom16.ps1"
check "UTF-16LE BOM only: scanned" out_has "1 file scanned, 0 skipped"

printf 'Get-Date\000\001\002' >"$t/nul.ps1"
expect "NUL bytes" 1 scan "$t/nul.ps1" "$t/ok.ps1"
check "NUL bytes: skipped with a notice naming the file" err_has "nul.ps1: skipped: binary"
check "NUL bytes: the other file still scanned" out_has "ok.ps1:1:7"
expect "NUL bytes alone (skipped, not an error)" 0 scan "$t/nul.ps1"

# not UTF-8 and no BOM: read as Windows-1252, as Windows PowerShell does
printf '$pw = ConvertTo-SecureString "caf\351 \377\200" -AsPlainText -Force\n' >"$t/latin.ps1"
expect "invalid UTF-8 (no BOM)" 1 scan --format json "$t/latin.ps1"
check "invalid UTF-8: decoded as windows-1252 and scanned" out_has '"windows-1252"'
check "invalid UTF-8: the finding is reported" out_has '"PSA301"'
printf '\357\273\277$a = "\377\376"\n' >"$t/badbom.ps1"
expect "invalid UTF-8 after a UTF-8 BOM" 1 scan "$t/badbom.ps1" "$t/ok.ps1"
check "invalid UTF-8 after BOM: skipped, file named" err_has "badbom.ps1: skipped: invalid UTF-8"
check "invalid UTF-8 after BOM: other file scanned" out_has "ok.ps1:1:7"

printf '\377\376$\000a\000=' >"$t/odd16.ps1"
expect "UTF-16 with an odd byte count" 1 scan "$t/odd16.ps1" "$t/ok.ps1"
check "odd UTF-16: skipped, file named" err_has "odd16.ps1: skipped: UTF-16LE file has an odd number of bytes"
check "odd UTF-16: other file scanned" out_has "ok.ps1:1:7"
printf '\376\377\000$\000a\000' >"$t/odd16be.ps1"
expect "UTF-16BE with an odd byte count" 0 scan "$t/odd16be.ps1"
check "odd UTF-16BE: skipped, file named" err_has "odd16be.ps1: skipped: UTF-16BE"

# high surrogate + 'b'; lone low surrogate; high surrogate at the very end
printf '\377\376a\000\000\330b\000' >"$t/sur-high.ps1"
printf '\377\376a\000\000\334b\000' >"$t/sur-low.ps1"
printf '\377\376a\000\000\330' >"$t/sur-end.ps1"
expect "unpaired surrogates" 1 scan "$t/sur-high.ps1" "$t/sur-low.ps1" "$t/sur-end.ps1" "$t/ok.ps1"
for f in sur-high sur-low sur-end; do
  check "unpaired surrogate ($f): skipped, file named" err_has "$f.ps1: skipped: unpaired UTF-16 surrogate"
done
check "unpaired surrogates: other file scanned" out_has "ok.ps1:1:7"
check "unpaired surrogates: counted as skipped" out_has "1 file scanned, 3 skipped"

printf '$a = 1\r$b = 2\r%s\r' "$bad" >"$t/cr.ps1"
expect "CR-only line endings" 1 scan "$t/cr.ps1"
check "CR-only: finding on line 3" out_has "cr.ps1:3:7: error\[PSA301\]"
expect "CR-only line endings, --show-source" 1 scan --show-source "$t/cr.ps1"

# ---- size ------------------------------------------------------------------
# 10,000,000 bytes on one line (under the default 10 MiB limit), finding at the end
{
  printf '$a = "'
  head -c 10000000 /dev/zero | tr '\0' A
  printf '"; %s\n' "$bad"
} >"$t/line.ps1"
expect "10 MB single line" 1 scan "$t/line.ps1"
check "10 MB line: finding at the end reported with its column" out_has "line.ps1:1:10000016: error\[PSA301\]"
expect "10 MB single line, JSON" 1 scan --format json "$t/line.ps1"
{
  head -c 11000000 /dev/zero | tr '\0' A
  printf '\n'
} >"$t/huge.ps1"
expect "file over --max-file-size" 1 scan "$t/huge.ps1" "$t/ok.ps1"
check "file over the limit: skipped, file named" err_has "huge.ps1: skipped: file is 11000001 bytes, over the limit"
check "file over the limit: other file scanned" out_has "ok.ps1:1:7"

# 5 MB here-string (50,000 lines of 100 bytes) with a finding after it
{
  printf '$s = @"\n'
  awk 'BEGIN { l = sprintf("%99s", ""); gsub(/ /, "x", l); for (i = 0; i < 50000; i++) print l }'
  printf '"@\n%s\n' "$bad"
} >"$t/here.ps1"
expect "5 MB here-string" 1 scan "$t/here.ps1"
check "5 MB here-string: finding after it on line 50003" out_has "here.ps1:50003:7: error\[PSA301\]"

# ---- nesting ---------------------------------------------------------------
nest() { # nest <file> <open> <close>: 100,000 levels around 1, a finding first
  awk -v o="$2" -v c="$3" -v bad="$bad" 'BEGIN {
    print bad; printf "$x = "
    for (i = 0; i < 100000; i++) printf "%s", o
    printf "1"
    for (i = 0; i < 100000; i++) printf "%s", c
    print ""
  }' >"$1"
}
nest "$t/parens.ps1" '(' ')'
nest "$t/blocks.ps1" '{' '}'
nest "$t/hashes.ps1" '@{a=' '}'
nest "$t/arrays.ps1" '@(' ')'
nest "$t/subexpr.ps1" '"$(' ')"'
for f in parens blocks hashes arrays subexpr; do
  expect "100,000-deep nesting ($f)" 1 scan "$t/$f.ps1"
  check "100,000-deep nesting ($f): the finding before it is reported" out_has "$f.ps1:1:7: error"
done
# unbalanced: only openers
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "({@{"; print "" }' >"$t/open.ps1"
expect "100,000 unclosed openers (--no-prefilter)" 1 scan --no-prefilter "$t/open.ps1"
check "100,000 unclosed openers: reported as a syntax error" out_has "open.ps1:1:2: warning\[PSA001\] syntax error: .{. and .}. do not pair up"
expect "100,000 unclosed openers (--no-recovery)" 1 scan --no-prefilter --no-recovery "$t/open.ps1"
# A finding nested too deep for the model must not vanish silently: either
# it is reported, or a notice names the file whose analysis was cut short.
awk -v bad="$bad" 'BEGIN {
  printf "$x = "; for (i = 0; i < 100000; i++) printf "("
  printf "%s", substr(bad, 7); for (i = 0; i < 100000; i++) printf ")"; print ""
}' >"$t/deepfinding.ps1"
run scan "$t/deepfinding.ps1"
check "deep finding: no crash, bounded time" sane "deep finding" "0|1"
check "deep finding: reported, or a notice names the file" \
  sh -c 'grep -q "deepfinding.ps1:1:" "$1" || grep -q "deepfinding.ps1" "$2"' sh "$t/out" "$t/err"

# 100,000 entries in one hashtable
awk -v bad="$bad" 'BEGIN {
  print bad; print "$h = @{"
  for (i = 0; i < 100000; i++) printf "  key%d = \"value%d\"\n", i, i
  print "}"
}' >"$t/bighash.ps1"
expect "100,000-entry hashtable" 1 scan "$t/bighash.ps1"
check "100,000-entry hashtable: finding reported" out_has "bighash.ps1:1:7: error"
# and as a splat of 100,000 parameters into a credential command
awk 'BEGIN {
  print "$p = @{"
  for (i = 0; i < 100000; i++) printf "  Password%d = \"x%d\"\n", i, i
  print "}"; print "Connect-ExchangeOnline @p -Credential $c"
}' >"$t/bigsplat.ps1"
expect "100,000-entry splat" "0|1" scan "$t/bigsplat.ps1"

# ---- special files and permissions ------------------------------------------
mkdir -p "$t/dirname/x.ps1"
mkbad "$t/dirname/x.ps1/inner.ps1"
expect "directory named x.ps1 (walk)" 1 scan "$t/dirname"
check "directory named x.ps1: walked, its file scanned" out_has "x.ps1/inner.ps1:1:7"
check "directory named x.ps1: not taken as a file" sh -c '! grep -q "is a directory" "$1"' sh "$t/err"
expect "directory named x.ps1 (explicit)" 1 scan "$t/dirname/x.ps1"
check "explicit directory x.ps1: walked" out_has "x.ps1/inner.ps1:1:7"

if mkfifo "$t/fifo.ps1" 2>/dev/null; then
  mkdir -p "$t/fifodir"
  mkfifo "$t/fifodir/x.ps1"
  mkbad "$t/fifodir/ok.ps1"
  expect "FIFO named x.ps1, explicit" 1 scan "$t/fifo.ps1" "$t/ok.ps1"
  check "explicit FIFO: skipped, file named" err_has "fifo.ps1: skipped: is a FIFO"
  check "explicit FIFO: other file scanned" out_has "ok.ps1:1:7"
  expect "FIFO named x.ps1 found in a walk" 1 scan "$t/fifodir"
  check "FIFO in a walk: the other file scanned" out_has "fifodir/ok.ps1:1:7"
  check "FIFO in a walk: not counted as scanned" out_has "1 file scanned"
else
  skip "mkfifo failed: FIFO cases not run"
fi
if [ -c /dev/zero ]; then
  expect "character device passed explicitly (/dev/zero)" 1 scan /dev/zero "$t/ok.ps1"
  check "character device: skipped, named" err_has "/dev/zero: skipped: is a character device"
fi

# unreadable file and directory: root reads everything, so run as nobody
mkdir -p "$t/perm/sub"
chmod 755 "$t/perm" "$t/perm/sub"
mkbad "$t/perm/ok.ps1"
mkbad "$t/perm/noperm.ps1"
mkbad "$t/perm/sub/hidden.ps1"
chmod 644 "$t/perm/ok.ps1"
chmod 000 "$t/perm/noperm.ps1" "$t/perm/sub"
as=""
if [ "$(id -u)" = 0 ]; then
  chmod 711 "$t"
  if command -v setpriv >/dev/null 2>&1 &&
    setpriv --reuid=65534 --regid=65534 --clear-groups "$psauth" --version >/dev/null 2>&1; then
    as=--as-nobody
  else
    skip "running as root and cannot run psauth as nobody (setpriv missing or binary not reachable): permission cases not run"
    as=none
  fi
fi
if [ "$as" != none ]; then
  run $as scan "$t/perm/noperm.ps1" "$t/perm/ok.ps1"
  check "unreadable explicit file: exit 2" sane "unreadable explicit file" 2
  check "unreadable explicit file: message names it" err_has "noperm.ps1: Permission denied"
  check "unreadable explicit file: other file scanned" out_has "perm/ok.ps1:1:7"
  run $as scan "$t/perm"
  check "unreadable file and directory in a walk: exit 1 (findings)" sane "unreadable in a walk" 1
  check "unreadable file in a walk: message names it" err_has "noperm.ps1: Permission denied"
  check "unreadable directory in a walk: message names it" err_has "perm/sub: Permission denied"
  check "unreadable in a walk: readable file scanned" out_has "perm/ok.ps1:1:7"
fi

# symlink loops
mkdir -p "$t/loop/sub"
mkbad "$t/loop/a.ps1"
ln -s . "$t/loop/self"
ln -s .. "$t/loop/sub/up"
ln -s "$t/loop" "$t/loop/sub/abs"
ln -s me.ps1 "$t/loop/me.ps1"
ln -s ping.ps1 "$t/loop/pong.ps1"
ln -s pong.ps1 "$t/loop/ping.ps1"
expect "symlink loops with --follow-symlinks" 1 scan --follow-symlinks "$t/loop"
check "symlink loops: the file reported once" \
  [ "$(grep -c 'a\.ps1:1:7: error' "$t/out")" = 1 ]
expect "symlink loops without --follow-symlinks" 1 scan "$t/loop"
expect "self-referencing symlink, explicit" 2 scan "$t/loop/me.ps1" "$t/ok.ps1"
check "self-referencing symlink: message names it" err_has "me.ps1: Too many levels of symbolic links"
check "self-referencing symlink: other file scanned" out_has "ok.ps1:1:7"

# directories nested deeper than discovery walks (256 levels)
deep="$t/deepdirs"
mkdir -p "$deep"
(
  cd "$deep" || exit 1
  i=0
  while [ $i -lt 300 ]; do
    mkdir d && cd d || exit 1
    i=$((i + 1))
  done
  mkbad x.ps1
)
mkbad "$deep/top.ps1"
expect "300 nested directories" 1 scan "$deep"
check "300 nested directories: notice about the nesting limit" err_has "directory nesting deeper than 256 levels"
check "300 nested directories: the top file scanned" out_has "top.ps1:1:7"

# ---- files disappearing during the scan (best effort) -----------------------
mkdir -p "$t/vanish"
i=0
while [ $i -lt 2000 ]; do
  if [ $((i % 10)) = 0 ]; then mkbad "$t/vanish/f$i.ps1"; else printf 'Get-Date\n' >"$t/vanish/f$i.ps1"; fi
  i=$((i + 1))
done
(
  # delete from the end of the sorted order backwards, towards the scanner
  sleep 0.2
  i=1999
  while [ $i -ge 0 ]; do
    rm -f "$t/vanish/f$i.ps1"
    i=$((i - 7))
  done
  rm -f "$t/vanish/f1.ps1"
) &
bg=$!
run scan -q "$t/vanish"
wait "$bg" 2>/dev/null
bg=""
check "files deleted during the scan: no crash, exit 0 or 1 (not explicit paths)" sane "vanishing files" "0|1"
check "files deleted during the scan: every message names a file" \
  sh -c '! grep -v "^psauth: .*vanish/f[0-9]*\.ps1: No such file or directory$" "$1" | grep -q .' sh "$t/err"

# ---- path names ---------------------------------------------------------------
mkdir -p "$t/names/with space"
mkbad "$t/names/with space/a b.ps1"
nl='
'
mkbad "$t/names/new${nl}line.ps1"
mkbad "$t/names/ünïcødé — 日本.ps1"
mkbad "$t/names/-dash.ps1"
expect "path with spaces" 1 scan "$t/names/with space/a b.ps1"
check "path with spaces: reported with the path" out_has "with space/a b.ps1:1:7"
expect "path with a newline" 1 scan "$t/names/new${nl}line.ps1"
check "path with a newline: finding reported" out_has "line.ps1:1:7"
expect "path with a newline, JSON" 1 scan --format json "$t/names/new${nl}line.ps1"
check "path with a newline: escaped in JSON" out_has 'new\\nline.ps1'
expect "non-ASCII path" 1 scan "$t/names/ünïcødé — 日本.ps1"
check "non-ASCII path: reported with the path" out_has "ünïcødé — 日本.ps1:1:7"
expect "awkward names in a walk" 1 scan "$t/names"
check "awkward names in a walk: all four files scanned" out_has "4 files scanned"
expect "a file named -dash.ps1 after --" 1 scan -- "$t/names/-dash.ps1"
expect "missing path with a space" 2 scan "$t/names/no such file.ps1" "$t/ok.ps1"
check "missing path with a space: named in full" err_has "no such file.ps1: No such file or directory"

# ---- non-existent paths ----------------------------------------------------------
expect "non-existent path" 2 scan "$t/missing.ps1" "$t/ok.ps1"
check "non-existent path: message names it" err_has "missing.ps1: No such file or directory"
check "non-existent path: other file scanned" out_has "ok.ps1:1:7"
check "non-existent path: one line of error" [ "$(wc -l <"$t/err")" = 1 ]
expect "non-existent directory" 2 scan "$t/nodir/"
check "non-existent directory: message names it" err_has "nodir/: No such file or directory"
expect "non-existent path under a file" 2 scan "$t/ok.ps1/x.ps1"
check "path under a file: message names it" err_has "ok.ps1/x.ps1: Not a directory"

# ---- everything at once ------------------------------------------------------
# every file above (what is left of them) in one walk, with the samples
expect "all of the above and samples/ in one run" 1 scan --follow-symlinks "$src/samples" "$t"
check "one run: the samples' findings reported" out_has "samples/plaintext-password.ps1:"
check "one run: the 10 MB line reported" out_has "line.ps1:1:10000016"
check "one run: skipped files named" err_has "nul.ps1: skipped: binary"

if [ -n "$skipped" ]; then
  echo "hostile: $pass passed, $fail failed (skipped${skipped#;})"
else
  echo "hostile: $pass passed, $fail failed"
fi
[ "$fail" = 0 ]
