#!/bin/sh
# psauth merge: sharded JSON reports combine into the same report a single
# run gives. Usage: merge.sh PSAUTH SOURCE_DIR
set -u
psauth=$1
src=$2
. "$(dirname "$0")/../cli-lib.sh"
cd "$src" || exit 2
"$psauth" scan --format json -o "$t/a.json" --exit-zero samples/exo-basic-rps.ps1 samples/exo-v1-module.ps1
"$psauth" scan --format json -o "$t/b.json" --exit-zero samples/tricky-forms.ps1 samples/modern-app-only.ps1
"$psauth" scan --format json -o "$t/all.json" --exit-zero samples/exo-basic-rps.ps1 samples/exo-v1-module.ps1 samples/tricky-forms.ps1 samples/modern-app-only.ps1
"$psauth" merge --format json "$t/b.json" "$t/a.json" > "$t/merged.json"
check "merged JSON equals the single run" cmp -s "$t/merged.json" "$t/all.json"
for f in text sarif csv markdown github junit gitlab html; do
  "$psauth" merge --format $f "$t/a.json" "$t/b.json" > "$t/m.$f"
  "$psauth" scan --format $f --exit-zero samples/exo-basic-rps.ps1 samples/exo-v1-module.ps1 samples/tricky-forms.ps1 samples/modern-app-only.ps1 > "$t/s.$f"
  # reports that carry a date or a duration differ only there
  grep -v -e 'elapsed' -e 'Generated' -e 'time=' -e 'endTimeUtc' -e 'startTimeUtc' "$t/m.$f" > "$t/m2.$f"
  grep -v -e 'elapsed' -e 'Generated' -e 'time=' -e 'endTimeUtc' -e 'startTimeUtc' "$t/s.$f" > "$t/s2.$f"
  check "merge --format $f matches a single run" cmp -s "$t/m2.$f" "$t/s2.$f"
done
"$psauth" merge "$t/missing.json" >/dev/null 2>"$t/err"
check "missing input: exit 2" [ $? = 2 ]
check "missing input named" grep -q "missing.json" "$t/err"
printf '{"not": "a report"}' > "$t/bad.json"
"$psauth" merge "$t/bad.json" >/dev/null 2>"$t/err"
check "bad input: exit 2" [ $? = 2 ]
echo "merge: $pass passed, $fail failed"
[ "$fail" = 0 ]
