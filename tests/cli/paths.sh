#!/bin/sh
# Paths that yield nothing are not silent, and a run that could not start
# prints no summary: an existing folder without scripts gets a warning on
# stderr; when every path fails, scan writes no report ("0 files scanned")
# and fix no "applied 0 fixes" line, and both exit 2.
psauth=$1
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0 fail=0
check() { # check <name> <command...>
  name=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
mkdir -p "$t/empty" "$t/some"
echo 'not a script' >"$t/empty/readme.txt"
printf '$p = ConvertTo-SecureString "x" -AsPlainText -Force\n' >"$t/some/a.ps1"

"$psauth" scan "$t/empty" >"$t/out" 2>"$t/err"
rc=$?
check "scan of a folder without scripts: exit 0" [ "$rc" = 0 ]
check "scan of a folder without scripts: a warning names it" grep -q "^psauth: warning: $t/empty: no scripts found" "$t/err"
"$psauth" scan "$t/empty" "$t/some" >"$t/out" 2>"$t/err"
check "scan: the empty folder is named, the other is not" sh -c "grep -q 'warning: $t/empty:' '$t/err' && ! grep -q 'warning: $t/some' '$t/err'"
"$psauth" scan --include '*.txt' "$t/some" >"$t/out" 2>"$t/err"
check "scan: --include that matches nothing is named" grep -q "no file matches the include patterns" "$t/err"
"$psauth" scan "$t/missing" >"$t/out" 2>"$t/err"
rc=$?
check "scan of a missing path: exit 2" [ "$rc" = 2 ]
check "scan of a missing path: the error names it" grep -q "$t/missing: No such file" "$t/err"
check "scan of a missing path: no summary" [ ! -s "$t/out" ]
"$psauth" scan --format json "$t/missing" >"$t/out" 2>"$t/err"
check "scan of a missing path: no JSON report either" [ ! -s "$t/out" ]
"$psauth" scan "$t/missing" "$t/some" >"$t/out" 2>"$t/err"
rc=$?
check "scan of a missing and a good path: exit 2" [ "$rc" = 2 ]
check "scan of a missing and a good path: the good one is reported" grep -q "1 file scanned" "$t/out"
"$psauth" fix "$t/missing" >"$t/out" 2>"$t/err"
rc=$?
check "fix of a missing path: exit 2" [ "$rc" = 2 ]
check "fix of a missing path: no summary" sh -c "! grep -q 'applied' '$t/err'"
"$psauth" fix --diff "$t/empty" >"$t/out" 2>"$t/err"
check "fix of a folder without scripts: a warning names it" grep -q "^psauth: warning: $t/empty: no scripts found" "$t/err"
echo "paths: $pass passed, $fail failed"
[ "$fail" = 0 ]
