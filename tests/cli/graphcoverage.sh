#!/bin/sh
# tools/graph-coverage.sh counts every legacy call the scan reports, not
# only the calls whose fix is offered: a file migrated whole, a file whose
# exact calls are held back because another call needs a person, a library
# that keeps its exact calls, and a call psauth has no map entry for.
psauth=$1
src=$2
command -v jq >/dev/null 2>&1 || { echo "jq not found: skipped"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
mkdir "$t/in"
cp "$src/tests/cases/graph/graph-msol-users/input.ps1" "$t/in/whole.ps1"
cp "$src/tests/cases/graph/graph-script-needs-person/input.ps1" "$t/in/person.ps1"
cp "$src/tests/cases/graph/graph-library-unconnected/input.ps1" "$t/in/library.psm1"
cat >"$t/in/unmapped.ps1" <<'EOF'
Connect-AzureAD
Get-AzureADMSAuthorizationPolicy
Get-AzureADDomain | Select-Object Name
EOF
for f in whole.ps1 person.ps1 library.psm1 unmapped.ps1; do printf '%s\n' "$t/in/$f"; done >"$t/list.txt"
cp -R "$t/in" "$t/orig"
sh "$src/tools/graph-coverage.sh" "$psauth" "$t/list.txt" >"$t/out" 2>"$t/err" || {
  echo "FAIL: graph-coverage.sh exited $?"; cat "$t/err"; exit 1; }
cat >"$t/expected" <<'EOF'
calls 15: exact 13 (86.7%), suggestion 1 (6.7%), left 1 (6.7%)
exact calls held back by the one-unit rule: 4 (2 in files where another call needs a person, 2 in files kept whole: libraries, files that do not connect, connection helpers)
applied by one fix run: 9 (60.0%) in 1 files
connections rewritten 1, left as suggestions 1
legacy calls after the fix: 6
EOF
if ! diff -u "$t/expected" "$t/out"; then
  echo "FAIL: graph-coverage.sh counts differ"
  exit 1
fi
# it works on copies
diff -r "$t/orig" "$t/in" >/dev/null || { echo "FAIL: the listed files were changed"; exit 1; }
# GRAPH_COVERAGE_DETAIL=1: each call not rewritten with its reason's bucket
GRAPH_COVERAGE_DIR="$t/w" GRAPH_COVERAGE_DETAIL=1 sh "$src/tools/graph-coverage.sh" "$psauth" "$t/list.txt" \
  >"$t/detail" 2>"$t/err" || { echo "FAIL: graph-coverage.sh (detail) exited $?"; cat "$t/err"; exit 1; }
sed -n '/per reason/,$p' "$t/detail" | tail -n +2 | sed 's/^ *//' | sort >"$t/buckets"
printf '%s\n' "1 left: not in psauth's map" "1 partner -TenantId" >"$t/expected"
if ! diff -u "$t/expected" "$t/buckets"; then
  echo "FAIL: graph-coverage.sh reason buckets differ"
  exit 1
fi
[ "$(wc -l <"$t/w/reasons.tsv")" -eq 2 ] || { echo "FAIL: reasons.tsv should list 2 calls"; cat "$t/w/reasons.tsv"; exit 1; }
echo "graph-coverage counts: ok"
