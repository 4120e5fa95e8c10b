#!/bin/sh
# psauth scan --shard K/N: the shards partition the files, and their JSON
# reports merged with psauth merge give what one run gives, in every
# format, for N = 1, 2, 3 (with a baseline too). Usage: shard.sh PSAUTH SOURCE_DIR
set -u
psauth=$1
src=$2
. "$(dirname "$0")/../cli-lib.sh"
export SOURCE_DATE_EPOCH=1767225600
# a repository of many scripts: the golden cases' inputs and the samples
mkdir -p "$t/repo"
cp -R "$src/tests/cases" "$t/repo/cases"
cp -R "$src/samples" "$t/repo/samples"
cd "$t" || exit 2
# reports that carry a date or a duration differ only there
strip() { grep -v -e 'elapsed' -e 'Generated' -e 'time=' -e 'endTimeUtc' -e 'startTimeUtc' "$1"; }
scan() { "$psauth" scan --exit-zero -j 2 "$@" 2>/dev/null; }

scan --format json repo > all.json
for f in text sarif csv markdown github junit gitlab html; do scan --format $f repo > "all.$f"; done
total=$(grep -c '"status":' all.json)
check "the repository has many files ($total)" [ "$total" -gt 100 ]

for n in 1 2 3; do
  k=1
  parts=""
  : > seen.$n.raw
  while [ $k -le $n ]; do
    scan --shard $k/$n --format json -o "s$k-$n.json" repo
    parts="$parts s$k-$n.json"
    k=$((k + 1))
  done
  # every file in exactly one shard
  for p in $parts; do
    sed -n 's/^[[:space:]]*"path":[[:space:]]*"\(.*\)",$/\1/p' "$p" | sort -u >> seen.$n.raw
  done
  sed -n 's/^[[:space:]]*"path":[[:space:]]*"\(.*\)",$/\1/p' all.json | sort -u > all.paths
  sort seen.$n.raw > seen.$n
  check "N=$n: each file in one shard" cmp -s seen.$n all.paths
  # shell word splitting of $parts is intended
  # shellcheck disable=SC2086
  "$psauth" merge --format json $parts > "m$n.json"
  check "N=$n: merged JSON equals one run" cmp -s "m$n.json" all.json
  for f in text sarif csv markdown github junit gitlab html; do
    # shellcheck disable=SC2086
    "$psauth" merge --format $f $parts > "m$n.$f"
    strip "m$n.$f" > a && strip "all.$f" > b
    check "N=$n: merged $f equals one run" cmp -s a b
  done
done
check "3 shards are not all in one" [ "$(grep -c '"status":' s1-3.json)" -lt "$total" ]

# balance: no shard of 3 holds more than half of the bytes
for k in 1 2 3; do
  sed -n 's/^[[:space:]]*"path":[[:space:]]*"\(.*\)",$/\1/p' "s$k-3.json" | sort -u | tr '\n' '\0' |
    xargs -0 cat | wc -c > "bytes$k"
done
all_bytes=$(find repo -name '*.ps*1' -exec cat {} + | wc -c)
for k in 1 2 3; do
  check "shard $k/3 holds at most half the bytes" [ $(($(cat "bytes$k") * 2)) -le "$all_bytes" ]
done

# the same files from another place (an absolute root) go to the same shards
scan --shard 2/3 --format json "$t/repo" | sed -n 's/^[[:space:]]*"path":[[:space:]]*"\(.*\)",$/\1/p' |
  sed "s|^$t/||" | sort -u > abs.paths
sed -n 's/^[[:space:]]*"path":[[:space:]]*"\(.*\)",$/\1/p' s2-3.json | sort -u > rel.paths
check "shard keys are relative to the scan root" cmp -s abs.paths rel.paths
(cd repo && "$psauth" scan --exit-zero --shard 2/3 --format json . 2>/dev/null) |
  sed -n 's/^[[:space:]]*"path":[[:space:]]*"\.\/\(.*\)",$/repo\/\1/p' | sort -u > dot.paths
check "root . gives the same shards" cmp -s dot.paths rel.paths

# stable under additions: a new file moves few others
before=$(sed -n 's/^[[:space:]]*"path":[[:space:]]*"\(.*\)",$/\1/p' s1-3.json | sort -u)
printf 'Write-Output "new"\n' > repo/samples/zz-new-file.ps1
after=$(scan --shard 1/3 --format json repo | sed -n 's/^[[:space:]]*"path":[[:space:]]*"\(.*\)",$/\1/p' |
  grep -v zz-new-file | sort -u)
moved=$(printf '%s\n%s\n' "$before" "$after" | sort | uniq -u | wc -l)
check "a new file moves at most 5 of $total others ($moved)" [ "$moved" -le 5 ]
rm repo/samples/zz-new-file.ps1

# with a baseline: the matched counts add up and stale entries intersect
scan --write-baseline base.json repo/samples >/dev/null 2>&1
printf 'Connect-MsolService -Credential $c\n' > repo/samples/extra.ps1
scan --baseline base.json --format json repo > ball.json
scan --baseline base.json --format text repo > ball.text
scan --baseline base.json --shard 1/2 --format json -o b1.json repo
scan --baseline base.json --shard 2/2 --format json -o b2.json repo
"$psauth" merge --format json b1.json b2.json > bm.json
check "baseline: merged JSON equals one run" cmp -s bm.json ball.json
check "baseline: the merged report has it" grep -q '"baselineMatched"' bm.json
"$psauth" merge --format text b1.json b2.json > bm.text
strip bm.text > a && strip ball.text > b
check "baseline: merged text equals one run" cmp -s a b
# a stale entry: drop a file the baseline lists
rm repo/samples/exo-basic-rps.ps1
scan --baseline base.json --format json repo > sall.json
scan --baseline base.json --shard 1/2 --format json -o st1.json repo
scan --baseline base.json --shard 2/2 --format json -o st2.json repo
"$psauth" merge --format json st1.json st2.json > stm.json
check "baseline: stale entries merge" cmp -s stm.json sall.json
check "baseline: some are stale" grep -q '"baselineStale":[[:space:]]*[1-9]' stm.json
scan --shard 1/2 --format json -o nob.json repo
"$psauth" merge nob.json st2.json > /dev/null 2> err
check "reports with and without a baseline do not merge" [ $? = 2 ]
check "  and say why" grep -q 'different baselines' err

# usage errors
for bad in 0/2 3/2 x 1/ 1/0 2 1/2000; do
  "$psauth" scan --shard "$bad" repo >/dev/null 2>err
  check "--shard $bad: exit 2" [ $? = 2 ]
done
check "--shard names the form" grep -q 'K/N' err
echo "shard: $pass passed, $fail failed"
[ "$fail" = 0 ]
