#!/bin/sh
# Runs one golden case: tests/cases/<name>/ holds input.* (one or more
# scripts; input.ps1 first), optional 'args' (extra psauth scan options, one
# line) and expected.txt (psauth's output followed by "exit: N"). Every case
# also runs with the prefilter off and must give the same output.
# Regenerate after a deliberate change with: UPDATE=1 ctest -R case.<name>
# then read the diff before committing it.
set -u
psauth=$1
dir=$2
cd "$dir" || exit 2
args=""
[ -f args ] && args=$(cat args)
# shellcheck disable=SC2086
actual=$("$psauth" scan -q $args input.* 2>&1; echo "exit: $?")
# input-path (optional): the relative path, one line, the fix and plan runs
# give the input (a folder such as Connectors/ is evidence for the planner)
rel=input.ps1
[ -f input-path ] && rel=$(cat input-path)
# the other inputs (input.caller.ps1, ...): fixed and planned with input.ps1,
# as one scan set (another script that names input.ps1 is evidence too)
others=$(ls input.* | grep -v '^input\.ps1$' | tr '\n' ' ')
# place_input <tmpdir>: copies input.ps1 to <tmpdir>/$rel, the other inputs
# and a config to <tmpdir>
place_input() {
  mkdir -p "$1/$(dirname "$rel")"
  cp input.ps1 "$1/$rel"
  for o in $others; do cp "$o" "$1/"; done
  for c in psauth.json .psauth.json; do [ -f "$c" ] && cp "$c" "$1/"; done
}
# expected.plan.txt (optional): what `psauth fix --plan --unsafe-fixes`
# prints for the input: the planner's connections, rewrites and refusals
plan_of() {
  ptmp=$(mktemp -d)
  place_input "$ptmp"
  pargs=""
  [ -f fix-args ] && pargs=$(cat fix-args)
  # shellcheck disable=SC2086
  (cd "$ptmp" && "$psauth" fix --plan --unsafe-fixes $pargs "$rel" $others 2>/dev/null)
  rm -rf "$ptmp"
}
if [ "${UPDATE:-}" = 1 ]; then
  printf '%s\n' "$actual" > expected.txt
  echo "updated $dir/expected.txt"
  if [ -f expected.plan.txt ]; then
    plan_of > expected.plan.txt
    echo "updated $dir/expected.plan.txt"
  fi
  exit 0
fi
if [ -f expected.plan.txt ]; then
  plan_of | diff -u expected.plan.txt - || {
    echo "case $(basename "$dir"): the plan differs from expected.plan.txt (UPDATE=1 regenerates it)"
    exit 1
  }
fi
if [ ! -f expected.txt ]; then
  echo "missing $dir/expected.txt (run with UPDATE=1 to create it)"
  printf '%s\n' "$actual"
  exit 1
fi
printf '%s\n' "$actual" | diff -u expected.txt - || {
  echo "case $(basename "$dir") differs from expected.txt (UPDATE=1 regenerates it)"
  exit 1
}
# the prefilter only skips work: the same case with it off gives the same
# output (a case that shows what it skips says so in 'prefilter-differs')
if [ ! -f prefilter-differs ]; then
  # shellcheck disable=SC2086
  unfiltered=$("$psauth" scan -q --no-prefilter $args input.* 2>&1; echo "exit: $?")
  [ "$unfiltered" = "$actual" ] || {
    printf '%s\n' "$unfiltered" | diff -u expected.txt -
    echo "case $(basename "$dir"): the output with --no-prefilter differs"
    exit 1
  }
fi
# expected.fixed.ps1: the input after `psauth fix --unsafe-fixes` (and a
# second run must change nothing)
if [ -f expected.fixed.ps1 ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  place_input "$tmp"
  fargs=""
  [ -f fix-args ] && fargs=$(cat fix-args)
  # shellcheck disable=SC2086
  (cd "$tmp" && "$psauth" fix --unsafe-fixes $fargs "$rel" $others >/dev/null 2>&1)
  cmp -s "$tmp/$rel" expected.fixed.ps1 || {
    diff -u expected.fixed.ps1 "$tmp/$rel"
    echo "case $(basename "$dir"): fixed output differs from expected.fixed.ps1"
    exit 1
  }
  cp "$tmp/$rel" "$tmp/once.ps1"
  # shellcheck disable=SC2086
  (cd "$tmp" && "$psauth" fix --unsafe-fixes $fargs "$rel" $others >/dev/null 2>&1)
  cmp -s "$tmp/$rel" "$tmp/once.ps1" || {
    echo "case $(basename "$dir"): a second psauth fix changed the file again"
    exit 1
  }
fi
exit 0
