#!/bin/sh
# psauth's benchmark harness: builds psauth (Release), generates the corpus,
# and measures in one run, each step REPS times (median): files/s, MB/s and
# peak RSS for
#   1. reading every file (the I/O floor: cat)
#   2. parsing only (psauth scan --parse-only --no-prefilter)
#   3. a full scan with 1 job
#   4. a full scan with all cores
#   5. the prefilter off (full scan, 1 job, --no-prefilter)
# then prints the ratios between them, and the linearity check: time per
# byte of one generated 5 MB script against typical 20 KB scripts. Variants
# that are compared run in alternation (see 'once').
# usage: bench/run.sh [FILES] [TARGET_MB] [REPS]   (defaults 20000 100 5)
#        bench/run.sh --scale [TARGET_MB]            (default 1024; see bench/README.md)
#        bench/run.sh --bigfile [MB]                 (default 20: one big script, full scan / parse only)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
if [ "${1:-}" = --scale ]; then
  shift
  exec sh "$here/scale.sh" "$@"
fi
if [ "${1:-}" = --bigfile ]; then
  shift
  exec sh "$here/bigfile.sh" "$@"
fi
files=${1:-20000}
mb=${2:-100}
reps=${3:-5}
build=$root/build-bench
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
psauth=$build/psauth
corpus=$here/corpus
[ -d "$corpus" ] && [ "$(cat "$corpus/.params" 2>/dev/null)" = "$files $mb" ] ||
  { sh "$here/gen-corpus.sh" "$corpus" "$files" "$mb" && echo "$files $mb" > "$corpus/.params"; }
nfiles=$(find "$corpus" -name '*.ps1' | wc -l)
bytes=$(find "$corpus" -name '*.ps1' -exec cat {} + | wc -c)
cores=$(nproc)

# The host's speed drifts (a shared virtual machine varies by +-30 % from
# minute to minute), so variants are measured in rounds: each round runs
# every variant of a group once, ratios are taken within a round, and the
# median of each ratio over the rounds is reported. A slow spell then slows
# both sides of a ratio alike.
times=$here/.times
rm -rf "$times" && mkdir -p "$times"

# once NAME CMD...: one run; appends "seconds maxrss_kib" to .times/NAME
once() {
  name=$1
  shift
  /usr/bin/time -f '%e %M' -o "$here/.time" "$@" >/dev/null 2>&1 || true
  cat "$here/.time" >> "$times/$name"
}

# summary NAME: prints NAME's median time and max RSS; sets M_NAME
summary() {
  name=$1
  med=$(cut -d' ' -f1 "$times/$name" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$(cut -d' ' -f2 "$times/$name" | sort -n | tail -1)
  eval "M_$name=$rss"
  awk -v n="$name" -v t="$med" -v f="$nfiles" -v b="$bytes" -v m="$rss" 'BEGIN {
    if (t <= 0) t = 0.001
    printf "%-14s %8.3f s %10.0f files/s %8.1f MB/s %8.1f MiB peak RSS\n", n, t, f / t, b / 1048576 / t, m / 1024 }'
}

# how much two cores really give on this machine: two CPU-bound loops
spin=$here/.spin
printf 'int main(void){volatile unsigned long x=0;for(unsigned long i=0;i<600000000UL;i++)x+=i;return (int)(x&1);}\n' > "$spin.c"
cc -O1 "$spin.c" -o "$spin"
# capacity: how many times as fast as one two CPU-bound processes run now
capacity() {
  /usr/bin/time -f '%e' -o "$here/.time" "$spin"; one=$(cat "$here/.time")
  /usr/bin/time -f '%e' -o "$here/.time" sh -c "'$spin' & '$spin'; wait"; two=$(cat "$here/.time")
  awk -v a="$one" -v b="$two" 'BEGIN {printf "%.2f", 2 * a / b}'
}
cap1=$(capacity)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg); two CPU-bound processes at once run ${cap1}x as fast as one"
echo "corpus: $nfiles files, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1048576}') MB; $reps repetitions, median"
i=0
while [ $i -lt "$reps" ]; do
  once read sh -c "find '$corpus' -name '*.ps1' -exec cat {} + >/dev/null"
  once parse "$psauth" scan --parse-only --no-prefilter --jobs 1 -q --exit-zero "$corpus"
  once scan1 "$psauth" scan --jobs 1 -q --exit-zero "$corpus"
  once scanN "$psauth" scan --jobs "$cores" -q --exit-zero "$corpus"
  once noprefilter "$psauth" scan --no-prefilter --jobs 1 -q --exit-zero "$corpus"
  i=$((i + 1))
done
for v in read parse scan1 scanN noprefilter; do summary $v; done
cap2=$(capacity)
echo "after these rounds: load $(cut -d' ' -f1-3 /proc/loadavg); two CPU-bound processes run ${cap2}x as fast as one"

# linearity: one 5 MB script against the same kind of content in complete
# 20 KB scripts (whole generated files, so both parse without errors)
lin=$here/linearity
rm -rf "$lin" && mkdir -p "$lin/small"
sh "$here/gen-corpus.sh" "$lin/gen" 250 5 >/dev/null
i=0
for f in "$lin"/gen/d*/script[0-9][0-9][0-9][0-9][0-9].ps1; do # UTF-8 ones only
  cp "$f" "$lin/small/s$i.ps1"
  i=$((i + 1))
done
: > "$lin/big.ps1"
while [ "$(wc -c < "$lin/big.ps1")" -lt 5242880 ]; do cat "$lin"/small/*.ps1 >> "$lin/big.ps1"; done
# (the big file's share of the run is small, so it gets more rounds)
i=0
while [ $i -lt $((reps * 2 + 1)) ]; do
  once small "$psauth" scan --no-prefilter --jobs 1 -q --exit-zero "$lin/small"
  once big "$psauth" scan --no-prefilter --jobs 1 -q --exit-zero "$lin/big.ps1"
  i=$((i + 1))
done
summary small
summary big
sb=$(cat "$lin"/small/*.ps1 | wc -c)
bb=$(wc -c < "$lin/big.ps1")

# files the prefilter rejects: no rule's literal occurs in them
rej=$here/rejected
rm -rf "$rej" && mkdir -p "$rej"
awk -v out="$rej" 'BEGIN {
  for (f = 0; f < 2000; f++) {
    name = sprintf("%s/plain%04d.ps1", out, f)
    for (i = 0; i < 40; i++)
      printf "$files%d = Get-ChildItem -Path \"D:\\Data\\%d\" -Recurse -File\n$total%d = ($files%d | Measure-Object -Property Length -Sum).Sum\nWrite-Output \"Folder %d holds $total%d bytes\"\n\n", i, i, i, i, i, i > name
    close(name)
  }
}'
rbytes=$(cat "$rej"/*.ps1 | wc -c)
parsed=$("$psauth" scan --format json --exit-zero "$rej" | grep -c '"parsed":[[:space:]]*true' || true)
echo "prefilter set: 2000 files, $(awk -v b="$rbytes" 'BEGIN {printf "%.1f", b/1048576}') MB, $parsed of them parsed"
i=0
while [ $i -lt $((reps * 2 + 1)) ]; do
  once rej_read sh -c "cat '$rej'/*.ps1 >/dev/null"
  once rej_scan "$psauth" scan --jobs 1 -q --exit-zero "$rej"
  i=$((i + 1))
done
summary rej_read
summary rej_scan

# paired NUM DEN: the median over the rounds of NUM's time / DEN's time in
# the same round (the two ran minutes apart at most, so drift cancels)
paired() {
  paste -d' ' "$times/$1" "$times/$2" |
    awk '{ print ($3 > 0 ? $1 / $3 : 0) }' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
R_parse_scan1=$(paired parse scan1)
R_scan1_scanN=$(paired scan1 scanN)
R_np_scan1=$(paired noprefilter scan1)
R_scan1_read=$(paired scan1 read)
R_big_small=$(paired big small)
R_rej=$(paired rej_scan rej_read)

echo
echo "ratios: median over the rounds of the ratio within each round"
awk -v rej="$R_rej" -v ps="$R_parse_scan1" -v sn="$R_scan1_scanN" -v np="$R_np_scan1" \
    -v sr="$R_scan1_read" -v bs="$R_big_small" -v sb="$sb" -v bb="$bb" -v rss="$M_scanN" \
    -v cores="$cores" -v c1="$cap1" -v c2="$cap2" 'BEGIN {
  printf "prefilter-rejected files: scan / read:     %.2f   (target <= 3)\n", rej
  printf "full scan (1 job) / parse-only throughput: %.2f   (target >= 0.8)\n", ps
  printf "%d jobs / 1 job speed-up:                  %.2f   (target >= 1.7)\n", cores, sn
  if (cores == 2) {
    printf "  as a share of the host 2-process capacity (%.2f before, %.2f after): %.2f (target >= 0.9)\n", c1, c2, sn / ((c1 + c2) / 2)
    if (c1 - c2 > 0.2 || c2 - c1 > 0.2) printf "  (the capacity moved by more than 0.2 during the rounds: the share is not a measurement of psauth)\n"
  }
  printf "prefilter off / on (1 job):                %.2f\n", np
  printf "full scan / reading the files:             %.2f\n", sr
  printf "per-byte time, 5 MB file / 20 KB files:    %.2f   (target <= 2)\n", bs * sb / bb
  printf "peak RSS, all cores:                       %.1f MiB (target <= 64)\n", rss / 1024
}'
