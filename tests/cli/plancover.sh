#!/bin/sh
# Every fix psauth offers to apply belongs to a plan entry (docs/fixes.md,
# "Every applied fix is in the plan"): over the input of every golden case,
# each finding with a safe or unsafe fix has an entry of the same rule that
# is not a refusal (a connection with its target, or a rewrite), on the
# finding's line or on a line one of the fix's edits touches. Needs jq.
# Usage: plancover.sh PSAUTH SOURCE_DIR
set -u
psauth=$1
src=$2
case $src in /*) ;; *) src=$(pwd)/$src ;; esac
case $psauth in /*) ;; *) psauth=$(pwd)/$psauth ;; esac
command -v jq > /dev/null 2>&1 || { echo "skipped: jq is not installed"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
checked=0
missing=0
for dir in "$src"/tests/cases/*/*/; do
  [ -f "$dir/input.ps1" ] || continue
  rm -rf "$t/case"
  mkdir "$t/case"
  cp "$dir"/input.* "$t/case/"
  for c in psauth.json .psauth.json; do [ -f "$dir/$c" ] && cp "$dir/$c" "$t/case/"; done
  targs=""
  grep -q -- "--target entra" "$dir/fix-args" 2> /dev/null && targs="--target entra"
  # shellcheck disable=SC2086
  (cd "$t/case" && "$psauth" scan --format json $targs input.* > "$t/report.json" 2> /dev/null)
  out=$(jq -r '
    . as $r
    | $r.findings[]
    | . as $f
    | select([$f.fixes[] | select(.applicability != "display")] | length > 0)
    | ([$r.files[] | select(.path == $f.path) | (.plan // [])[]
        | select(.rule == $f.rule and .kind != "refused" and .target != null)
        | .line] ) as $lines
    | select(([$lines[] as $l
        | select($l == $f.line or
                 ([$f.fixes[] | select(.applicability != "display") | .edits[]
                   | select(.line <= $l and $l <= .endLine)] | length > 0))] | length) == 0)
    | "\($f.path):\($f.line) \($f.rule)"' "$t/report.json") || { echo "FAIL: jq on $dir"; exit 1; }
  n=$(jq '[.findings[] | select([.fixes[] | select(.applicability != "display")] | length > 0)] | length' "$t/report.json")
  checked=$((checked + n))
  if [ -n "$out" ]; then
    echo "FAIL: $(basename "$dir"): a fix with no plan entry: $out"
    missing=$((missing + 1))
  fi
done
echo "plancover: $checked fixed findings checked, $missing cases with a fix outside the plan"
[ "$checked" -gt 100 ] || { echo "FAIL: too few fixed findings checked"; exit 1; }
[ "$missing" = 0 ]
