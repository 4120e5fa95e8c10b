#!/bin/sh
# CLI behaviour: help, version, exit codes, errors naming the file, discovery
# order, output independent of --jobs, skipped files. Usage: basics.sh PSAUTH SOURCE_DIR
set -u
psauth=$1
src=$2
pass=0
fail=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

check() { # check <description> <condition...>
  desc=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $desc"; fi
}
run() { # run <args...>: sets out, err, rc
  "$psauth" "$@" >"$t/out" 2>"$t/err"
  rc=$?
  out=$(cat "$t/out")
  err=$(cat "$t/err")
}
has() { printf '%s' "$1" | grep -q -- "$2"; }

run --version
check "--version exits 0" [ "$rc" = 0 ]
check "--version names the program" has "$out" "^psauth [0-9]"
run --help
check "--help exits 0" [ "$rc" = 0 ]
check "--help lists scan" has "$out" "scan \[PATH"
run scan --help
check "scan --help shows options" has "$out" "--fail-on"
run
check "no command: exit 2" [ "$rc" = 2 ]
run frobnicate
check "unknown command: exit 2" [ "$rc" = 2 ]
check "unknown command named" has "$err" "unknown command 'frobnicate'"
run scan --bogus
check "unknown option: exit 2" [ "$rc" = 2 ]
check "unknown option: one line naming it" [ "$(printf '%s\n' "$err" | wc -l)" = 1 ]
check "unknown option named" has "$err" "unknown option '--bogus'"
run scan --select NOPE999 "$t"
check "unknown rule selector: exit 2" [ "$rc" = 2 ]

# a clean file, a file with findings, a binary file
mkdir -p "$t/repo/sub" "$t/repo/.hidden"
printf 'Connect-ExchangeOnline -CertificateThumbprint $t -AppId $a -Organization "c.onmicrosoft.com"\n' >"$t/repo/clean.ps1"
printf '$pw = ConvertTo-SecureString "Winter2024!" -AsPlainText -Force\n' >"$t/repo/sub/bad.ps1"
printf '$pw = ConvertTo-SecureString "Hidden1!" -AsPlainText -Force\n' >"$t/repo/.hidden/h.ps1"
printf 'abc\000def' >"$t/repo/binary.ps1"
printf 'Get-Date\n' >"$t/repo/notes.txt"

run scan "$t/repo/clean.ps1"
check "clean file: exit 0" [ "$rc" = 0 ]
check "summary line" has "$out" "1 file scanned, 0 skipped, 0 with syntax errors: 0 findings"
run scan "$t/repo"
check "findings: exit 1" [ "$rc" = 1 ]
check "finding line format" has "$out" "sub/bad.ps1:1:7: error\[PSA301\]"
check "hidden dir skipped" [ "$(printf '%s' "$out" | grep -c 'h.ps1')" = 0 ]
check "binary skipped with a notice naming the file" has "$err" "binary.ps1: skipped: binary"
check "skipped counted" has "$out" "2 files scanned, 1 skipped"
run scan --hidden "$t/repo"
check "--hidden walks hidden dirs" has "$out" ".hidden/h.ps1"
run scan --exit-zero "$t/repo"
check "--exit-zero: exit 0" [ "$rc" = 0 ]
run scan --fail-on error --ignore PSA301 "$t/repo"
check "--ignore drops the rule, nothing fails" [ "$rc" = 0 ]
run scan --select plaintext-password "$t/repo/sub/bad.ps1"
check "--select by kind keeps the finding" has "$out" "PSA301"
run scan "$t/repo/clean.ps1" "$t/missing.ps1"
check "missing explicit path: exit 2" [ "$rc" = 2 ]
check "missing path named" has "$err" "missing.ps1: No such file or directory"
check "other files still scanned" has "$out" "1 file scanned"
run scan "$t/repo/notes.txt"
check "explicit file with another extension is scanned" has "$out" "1 file scanned"
run scan --exclude 'sub' "$t/repo"
check "--exclude prunes a directory" [ "$(printf '%s' "$out" | grep -c 'bad.ps1')" = 0 ]
run scan --include '*.txt' "$t/repo"
check "--include selects files" has "$out" "1 file scanned"
printf '%s\n' "$t/repo/sub/bad.ps1" >"$t/list"
run scan --files-from "$t/list"
check "--files-from reads paths" has "$out" "bad.ps1:1:7"
run scan --format json "$t/repo/sub/bad.ps1"
check "json has the finding" has "$out" '"rule":.*"PSA301"'
check "json has the kind" has "$out" '"kind":.*"plaintext-password"'

# sorted output whatever the creation order
mkdir -p "$t/order"
for n in zeta alpha Mid beta; do
  printf '$p = ConvertTo-SecureString "x%s" -AsPlainText -Force\n' "$n" >"$t/order/$n.ps1"
done
run scan -q "$t/order"
got=$(printf '%s\n' "$out" | grep -v '^ ' | sed 's|.*/||; s|:.*||' | tr '\n' ' ')
check "output sorted by path" [ "$got" = "Mid.ps1 alpha.ps1 beta.ps1 zeta.ps1 " ]

# samples: the modern script stays clean
run scan "$src/samples/modern-app-only.ps1"
check "modern sample is clean" [ "$rc" = 0 ]
check "modern sample has no findings" has "$out" "0 findings"

# every rule has its README row (same name, severity and kind) and its page
"$psauth" rules | awk '{ print $1, $2, $3, $4 }' >"$t/rules"
grep '^| PSA' "$src/README.md" | awk -F'|' '{ gsub(/ /, ""); print $2, $3, $4, $5 }' >"$t/readme"
check "README rules table matches psauth rules" cmp -s "$t/rules" "$t/readme"
for id in $(awk '{ print $1 }' "$t/rules"); do
  run explain "$id"
  check "explain $id prints its page" has "$out" "^# $id "
  check "explain $id has an example" has "$out" "^## Example"
  # the page's first example (before) is reported by the rule; its second
  # (after) has no error or warning of it. PSA001's example is a syntax error.
  printf '%s\n' "$out" | awk '/^## Example/ { e = 1 }
    e && /^```powershell/ { n++; if (n <= 2) { f = n; next } }
    f && /^```/ { f = 0 } f == 1 { print > "'"$t"'/before.ps1" } f == 2 { print > "'"$t"'/after.ps1" }'
  run scan -q --exit-zero "$t/before.ps1"
  check "explain $id: the example before is reported" has "$out" "\[$id\]"
  if [ -s "$t/after.ps1" ]; then
    run scan -q --exit-zero "$t/after.ps1"
    check "explain $id: the example after is clean" [ -z "$(printf '%s\n' "$out" | grep -E "(error|warning)\[$id\]")" ]
  fi
  rm -f "$t/before.ps1" "$t/after.ps1"
done

# explain with a file: a switch that makes the call another cmdlet names it
run explain PSA204 "$src/tests/cases/graph/graph-msol-purge-pair/input.ps1"
check "explain PSA204 FILE: -RemoveFromRecycleBin names Remove-MgDirectoryDeletedItem" \
  has "$out" "^  -RemoveFromRecycleBin -> Remove-MgDirectoryDeletedItem "

# resource limits: hitting one is reported, naming the file
printf '%s\n' '$a = ConvertTo-SecureString "x1" -AsPlainText -Force' \
  '$b = ConvertTo-SecureString "x2" -AsPlainText -Force' \
  '$c = ConvertTo-SecureString "x3" -AsPlainText -Force' >"$t/many.ps1"
run scan -q --max-findings-per-file 2 "$t/many.ps1"
check "--max-findings-per-file keeps that many" [ "$(printf '%s\n' "$out" | grep -c 'PSA301')" = 2 ]
check "--max-findings-per-file: the rest are reported as dropped" \
  has "$err" "many.ps1: 1 more findings were not reported: at most 2 per file"
run scan -q "$t/many.ps1"
check "default limit keeps all three" [ "$(printf '%s\n' "$out" | grep -c 'PSA301')" = 3 ]
run scan --max-findings-per-file 0 "$t/many.ps1"
check "--max-findings-per-file 0: usage error" [ "$rc" = 2 ]
p60=$(printf '%60s' '' | tr ' ' '(')
q60=$(printf '%60s' '' | tr ' ' ')')
printf '$x = %sConvertTo-SecureString "p" -AsPlainText -Force%s\n' "$p60" "$q60" >"$t/deep.ps1"
run scan -q --max-nesting 20 "$t/deep.ps1"
check "--max-nesting 20: the deep finding is not analysed" [ -z "$out" ]
check "--max-nesting: the limit is reported" \
  has "$err" "deep.ps1: nesting deeper than the model's limit (20 levels)"
run scan -q "$t/deep.ps1"
check "default nesting reaches it" has "$out" "PSA301"
run scan --max-nesting 401 "$t/deep.ps1"
check "--max-nesting above 400: usage error" [ "$rc" = 2 ]

# --write-baseline replaces the file atomically: no temp left, mode kept
mkdir -p "$t/bl"
: >"$t/bl/base.json"
chmod 640 "$t/bl/base.json"
run scan --write-baseline "$t/bl/base.json" "$t/many.ps1"
check "--write-baseline writes the findings" has "$(cat "$t/bl/base.json")" "PSA301"
check "--write-baseline leaves no temp file" [ "$(ls -A "$t/bl")" = "base.json" ]
check "--write-baseline keeps the file's mode" [ "$(stat -c %a "$t/bl/base.json")" = 640 ]

# what fix reports as left to do comes from the fixed text: the password
# literal that the plumbing removal deletes is not manual work
cp "$src/tests/cases/fixes/fix-shared-plumbing/input.ps1" "$t/plumb.ps1"
run fix --unsafe-fixes "$t/plumb.ps1"
check "fix: nothing left to migrate by hand" has "$err" "; 0 findings need manual migration"
check "fix: exit 0 when nothing is left" [ "$rc" = 0 ]

# --jobs: the same bytes in the same order whatever the number of threads,
# in every format, over files of very different sizes (so workers finish out
# of order)
mkdir -p "$t/jobs"
cp "$src"/samples/*.ps1 "$t/jobs/"
n=0
for f in "$src"/tests/cases/*/*/input.ps1; do
  n=$((n + 1))
  cp "$f" "$t/jobs/c$n.ps1"
done
i=0
while [ $i -lt 400 ]; do
  printf 'Write-Output %d\n' $i >>"$t/jobs/big.ps1"
  i=$((i + 1))
done
for fmt in text json sarif; do
  "$psauth" scan --exit-zero --format $fmt --jobs 1 "$t/jobs" >"$t/jobs1.$fmt" 2>&1
  same=true
  for j in 2 3 8; do
    "$psauth" scan --exit-zero --format $fmt --jobs $j "$t/jobs" >"$t/jobsN.$fmt" 2>&1
    cmp -s "$t/jobs1.$fmt" "$t/jobsN.$fmt" || same=false
  done
  check "--jobs 1, 2, 3, 8: identical $fmt output" $same
done
check "--jobs output is not empty" test -s "$t/jobs1.text"

echo "cli basics: $pass passed, $fail failed"
[ "$fail" = 0 ]
