#!/bin/sh
# One big script (bench/run.sh --bigfile [MB], default 20): generated
# scripts of gen-corpus.sh, whole, concatenated until the file has MB MiB,
# then, with one job and no file-size limit, the peak RSS of
#   1. parsing only, in pieces (psauth's default above 2 MiB),
#   2. a full scan (text report),
# and the full scan's peak over the parse-only peak (issue 18's target: at
# most 2). BIGFILE_WHOLE=1 adds both parsed whole (PSAUTH_CHUNK_BYTES=0:
# about 90 bytes of memory per byte, 2 GiB for 25 MB). PSAUTH=path uses that
# binary instead of building a Release psauth in build-bench/.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
mb=${1:-20}
if [ -n "${PSAUTH:-}" ]; then
  psauth=$PSAUTH
else
  build=$root/build-bench
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build "$build" -j2 >/dev/null
  psauth=$build/psauth
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sh "$here/gen-corpus.sh" "$work/gen" 250 5 >/dev/null
big=$work/big.ps1
: > "$big"
# script by script (the same ones again when one round is not enough)
want=$((mb * 1048576))
while [ "$(wc -c < "$big")" -lt "$want" ]; do
  for f in "$work"/gen/d*/script[0-9][0-9][0-9][0-9][0-9].ps1; do
    cat "$f" >> "$big"
    [ "$(wc -c < "$big")" -lt "$want" ] || break
  done
done
bytes=$(wc -c < "$big")
echo "one generated script: $bytes bytes ($(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1048576}') MiB), load $(cut -d' ' -f1-3 /proc/loadavg)"

# measure NAME CMD...: prints seconds and peak RSS, appends "NAME KiB" to $work/rss
measure() {
  name=$1
  shift
  /usr/bin/time -f '%e %M' -o "$work/t" "$@" >/dev/null 2>"$work/err" || true
  read -r secs kib < "$work/t"
  echo "$name $kib" >> "$work/rss"
  awk -v n="$name" -v t="$secs" -v k="$kib" -v b="$bytes" 'BEGIN {
    printf "%-24s %7.1f s %8.1f MiB peak RSS %6.1f bytes per byte\n", n, t, k / 1024, k * 1024 / b }'
}
measure parse-only "$psauth" scan --jobs 1 --max-file-size 0 --parse-only --no-prefilter -q --exit-zero "$big"
measure full-scan "$psauth" scan --jobs 1 --max-file-size 0 -q --exit-zero "$big"
if [ "${BIGFILE_WHOLE:-}" = 1 ]; then
  measure parse-only-whole env PSAUTH_CHUNK_BYTES=0 "$psauth" scan --jobs 1 --max-file-size 0 --parse-only --no-prefilter -q --exit-zero "$big"
  measure full-scan-whole env PSAUTH_CHUNK_BYTES=0 "$psauth" scan --jobs 1 --max-file-size 0 -q --exit-zero "$big"
fi
awk '{ rss[$1] = $2 } END {
  printf "full scan / parse-only peak RSS: %.2f (in pieces; target <= 2)\n", rss["full-scan"] / rss["parse-only"]
  if (rss["parse-only-whole"])
    printf "  full scan in pieces / parse-only whole: %.2f\n", rss["full-scan"] / rss["parse-only-whole"]
}' "$work/rss"
