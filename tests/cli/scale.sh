#!/bin/sh
# Scale paths of psauth scan: files above 1 MiB (analysed one at a time on
# a pool of jobs) give the same report with 1, 2 and 3 jobs; roots given
# out of order give the report in path order, as one root would. Usage: scale.sh PSAUTH SOURCE_DIR
set -u
psauth=$1
src=$2
. "$(dirname "$0")/../cli-lib.sh"
export SOURCE_DATE_EPOCH=1767225600
mkdir -p "$t/repo/a" "$t/repo/b"
cp "$src"/samples/*.ps1 "$t/repo/a/"
# two scripts of about 1.2 MB with a finding near the end
for n in 1 2; do
  awk -v n=$n 'BEGIN {
    for (i = 0; i < 30000; i++) printf "$x%d = Get-Date # filler line %d\n", i, i
    printf "$pw = ConvertTo-SecureString \"Summer%d!\" -AsPlainText -Force\n", n
  }' > "$t/repo/b/big$n.ps1"
done
check "the big scripts are above 1 MiB" [ "$(wc -c < "$t/repo/b/big1.ps1")" -gt 1048576 ]
cd "$t" || exit 2
for j in 1 2 3; do
  "$psauth" scan --exit-zero --jobs $j --format json repo > "j$j.json" 2>/dev/null
done
check "big files: 2 jobs = 1 job" cmp -s j1.json j2.json
check "big files: 3 jobs = 1 job" cmp -s j1.json j3.json
check "the big files' findings are there" [ "$(grep -c '"path":[[:space:]]*"repo/b/big' j1.json)" -ge 4 ]
# roots out of order
"$psauth" scan --exit-zero --jobs 2 --format json repo/b repo/a > rev.json 2>/dev/null
"$psauth" scan --exit-zero --jobs 2 --format json repo/a repo/b > fwd.json 2>/dev/null
check "roots out of order: the same report" cmp -s rev.json fwd.json
check "  and the same as one root" cmp -s fwd.json j2.json
for f in text sarif csv junit html; do
  "$psauth" scan --exit-zero --jobs 2 --format $f repo/b repo/a 2>/dev/null | grep -v -e 'time=' > "rev.$f"
  "$psauth" scan --exit-zero --jobs 2 --format $f repo 2>/dev/null | grep -v -e 'time=' > "one.$f"
  check "roots out of order, $f: the same report" cmp -s "rev.$f" "one.$f"
done
# a file the memory cannot hold is skipped with a message, not killed
PSAUTH_MEMORY_AVAILABLE=50000000 "$psauth" scan --exit-zero --format json repo/b > mem.json 2> mem.err
check "short of memory: exit 0" [ $? = 0 ]
check "short of memory: the file is named with the reason" \
  grep -q 'big1.ps1: skipped: analysing 1.1 MB of script needs about 0.1 GiB of memory, and 0.0 GiB is available' mem.err
check "short of memory: skipped in the report" grep -q '"status":[[:space:]]*"skipped"' mem.json
PSAUTH_MEMORY_AVAILABLE=50000000 "$psauth" scan --exit-zero --format json repo/a > small.json 2>/dev/null
"$psauth" scan --exit-zero --format json repo/a > small2.json 2>/dev/null
check "short of memory: small files are not affected" cmp -s small.json small2.json
echo "scale: $pass passed, $fail failed"
[ "$fail" = 0 ]
