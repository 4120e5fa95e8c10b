#!/bin/sh
# tree-sitter's allocator (analyzer/base/tsalloc.c) changes nothing but speed:
# scans and fixes of every sample and golden case give byte-identical output
# with it and with the C library's allocator (PSAUTH_TS_ALLOCATOR=system),
# with one job and with four (blocks then move between threads). Under the
# sanitizer build the system-allocator runs are also LeakSanitizer's view of
# tree-sitter's memory, which the custom allocator hides from it.
# Usage: allocator.sh PSAUTH SOURCE_DIR
set -u
psauth=$1
src=$2
case $psauth in /*) ;; *) psauth=$(pwd)/$psauth ;; esac
. "$(dirname "$0")/../cli-lib.sh"

mkdir -p "$t/in"
cp "$src"/samples/*.ps1 "$t/in/"
n=0
for f in "$src"/tests/cases/*/*/input*; do
  n=$((n + 1))
  cp "$f" "$t/in/case$n-$(basename "$f")"
done

for jobs in 1 4; do
  "$psauth" scan --format json --exit-zero --jobs $jobs "$t/in" > "$t/ours$jobs.json" 2> "$t/ours$jobs.err"
  rc1=$?
  PSAUTH_TS_ALLOCATOR=system "$psauth" scan --format json --exit-zero --jobs $jobs "$t/in" \
    > "$t/sys$jobs.json" 2> "$t/sys$jobs.err"
  rc2=$?
  check "scan --jobs $jobs exits 0 with both allocators ($rc1, $rc2)" test "$rc1$rc2" = 00
  check "scan --jobs $jobs: identical JSON" cmp -s "$t/ours$jobs.json" "$t/sys$jobs.json"
  check "scan --jobs $jobs: identical messages" cmp -s "$t/ours$jobs.err" "$t/sys$jobs.err"
  check "scan --jobs $jobs found something" grep -q '"rule"' "$t/ours$jobs.json"
done

cp -R "$t/in" "$t/fix-ours"
cp -R "$t/in" "$t/fix-sys"
"$psauth" fix --unsafe-fixes --diff "$t/fix-ours" > "$t/fix-ours.diff" 2>/dev/null
PSAUTH_TS_ALLOCATOR=system "$psauth" fix --unsafe-fixes --diff "$t/fix-sys" > "$t/fix-sys.diff" 2>/dev/null
sed "s|$t/fix-ours|DIR|g" "$t/fix-ours.diff" > "$t/a.diff"
sed "s|$t/fix-sys|DIR|g" "$t/fix-sys.diff" > "$t/b.diff"
check "fix --diff: identical diffs" cmp -s "$t/a.diff" "$t/b.diff"
check "fix --diff changed something" test -s "$t/a.diff"

echo "allocator: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
