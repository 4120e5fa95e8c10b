#!/bin/sh
# Peak RSS of psauth scan per report format (Release builds, /usr/bin/time),
# for one or two builds side by side: the table in bench/README.md.
# Usage: tools/rss-reports.sh CORPUS PSAUTH [PSAUTH2] (jobs: RSS_JOBS, default 2)
set -u
corpus=$1
a=$2
b=${3:-}
jobs=${RSS_JOBS:-2}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
peak() { # PSAUTH FORMAT: peak RSS in MiB and seconds
  /usr/bin/time -v -o "$t/time" "$1" scan --exit-zero -j "$jobs" --format "$2" "$corpus" \
    > "$t/out" 2> /dev/null
  kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$t/time")
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$t/time")
  printf '%6.1f MiB %8s' "$(echo "$kib / 1024" | bc -l)" "$secs"
}
nfiles=$(find "$corpus" -name '*.ps1' -o -name '*.psm1' -o -name '*.psd1' | wc -l)
echo "corpus: $corpus ($nfiles files, $(du -sm "$corpus" | cut -f1) MB), -j $jobs"
for f in text json sarif html csv markdown github junit gitlab; do
  line=$(printf '%-9s %s' "$f" "$(peak "$a" "$f")")
  [ -n "$b" ] && line="$line   $(peak "$b" "$f")"
  echo "$line  $(wc -c < "$t/out") bytes"
done
