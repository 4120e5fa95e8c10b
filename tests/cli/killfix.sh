#!/bin/sh
# psauth fix killed with SIGKILL at any moment leaves every file either as it
# was or fully fixed, and at most one temporary file (the one being written
# when the kill came); the next run removes such a temp once it is stale and
# finishes the job. Pure timing, no hooks in psauth: `timeout -s KILL`.
# Usage: killfix.sh PSAUTH SOURCE_DIR [RUNS]
#
# The inputs are the golden cases' input.ps1 files that get fixes (about 25;
# safe and unsafe) and five that do not. A complete run on a separate copy
# gives the fixed version of each file; the full run time T is measured, and
# RUNS (default 28) runs are killed after 0 .. 1.1 T, evenly spread.
set -u
psauth=$1
src=$2
runs=${3:-28}
case $psauth in /*) ;; *) psauth=$(pwd)/$psauth ;; esac
. "$(dirname "$0")/../cli-lib.sh"
set -- --unsafe-fixes --app-id 00000000-1111-2222-3333-444444444444 \
  --organization contoso.onmicrosoft.com \
  --certificate-thumbprint 0123456789ABCDEF0123456789ABCDEF01234567

mkdir "$t/all" "$t/orig"
for d in "$src"/tests/cases/*/*/; do
  [ -f "$d/input.ps1" ] && cp "$d/input.ps1" "$t/all/$(basename "$d").ps1"
done
# keep the files a fix changes, and a few it does not (they are scanned and
# left alone): the run stays short
cp -r "$t/all" "$t/probe"
(cd "$t" && "$psauth" fix "$@" probe/ >/dev/null 2>&1)
keep=0
for f in "$t"/all/*.ps1; do
  if ! cmp -s "$f" "$t/probe/${f##*/}" || [ $keep -lt 5 ]; then
    cmp -s "$f" "$t/probe/${f##*/}" && keep=$((keep + 1))
    cp "$f" "$t/orig/"
  fi
done
total=$(ls "$t/orig" | wc -l)

# the fully fixed versions, and the run time: the shorter of two runs, as
# a loaded machine can make one slow and then most kills would come too late
ms=0
for copy in fixed timing; do
  cp -r "$t/orig" "$t/$copy"
  start=$(date +%s%N)
  (cd "$t" && "$psauth" fix "$@" "$copy/" >/dev/null 2>&1)
  end=$(date +%s%N)
  m=$(((end - start) / 1000000))
  [ $ms = 0 ] || [ $m -lt $ms ] && ms=$m
done
nchanged=0
for f in "$t"/orig/*.ps1; do
  cmp -s "$f" "$t/fixed/${f##*/}" || nchanged=$((nchanged + 1))
done
echo "killfix: $total files, $nchanged changed by a full run of $ms ms"
check "a full run fixes many files ($nchanged)" [ "$nchanged" -ge 15 ]
# a second run changes nothing: the reference is stable
cp -r "$t/fixed" "$t/fixed2"
(cd "$t" && "$psauth" fix "$@" fixed2/ >/dev/null 2>&1)
check "the fixed copy is stable under a second run" diff -r "$t/fixed" "$t/fixed2"

# state of run/: every file original or fixed; prints "fixed temps"
state() {
  nfixed=0
  bad=""
  for f in "$t"/orig/*.ps1; do
    n=${f##*/}
    if cmp -s "$t/run/$n" "$f"; then
      :
    elif cmp -s "$t/run/$n" "$t/fixed/$n"; then
      nfixed=$((nfixed + 1))
    else
      bad="$bad $n"
    fi
  done
  ntemps=$(find "$t/run" -name '.*.psauth-*' | wc -l)
  nfiles=$(find "$t/run" -type f | wc -l)
}

killed=0
partial=0
leftover=0
i=0
while [ $i -lt "$runs" ]; do
  rm -rf "$t/run"
  cp -r "$t/orig" "$t/run"
  # 0 .. 1.1 T; timeout 0 would mean "no timeout", hence the 1 ms floor
  delay_ms=$((ms * 11 * i / (10 * (runs - 1))))
  [ $delay_ms -lt 1 ] && delay_ms=1
  delay=$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))
  # an inner shell waits for timeout, so the "Killed" notice goes to its
  # silenced stderr, not to the log
  sh -c 'cd "$1" || exit 2; shift; timeout -s KILL "$@"; exit $?' killrun "$t" "$delay" \
    "$psauth" fix "$@" run/ >/dev/null 2>&1
  rc=$?
  [ $rc = 137 ] && killed=$((killed + 1))
  state
  check "run $i (killed after $delay s, exit $rc): every file original or fixed" [ -z "$bad" ]
  [ -n "$bad" ] && echo "  neither original nor fixed:$bad"
  check "run $i: at most one temporary file ($ntemps)" [ "$ntemps" -le 1 ]
  check "run $i: no other stray files ($nfiles)" [ "$nfiles" -eq $((total + ntemps)) ]
  [ "$nfixed" -gt 0 ] && [ "$nfixed" -lt "$nchanged" ] && partial=$((partial + 1))
  # finish the job: on a leftover temp (aged past the 10-minute guard that
  # spares a concurrent run's temp) and on every sixth run
  if [ "$ntemps" -gt 0 ] || [ $((i % 6)) = 0 ]; then
    [ "$ntemps" -gt 0 ] && leftover=$((leftover + 1))
    find "$t/run" -name '.*.psauth-*' -exec touch -d '-1 hour' {} +
    (cd "$t" && "$psauth" fix "$@" run/ >/dev/null 2>&1)
    check "run $i: the next run completes the fix" diff -r "$t/fixed" "$t/run"
  fi
  i=$((i + 1))
done
echo "killfix: $killed of $runs runs killed, $partial left a partly fixed tree, $leftover left a temp file"
# the kills must have landed inside runs, or this test proved nothing
check "a third of the runs or more were killed ($killed)" [ "$killed" -ge $((runs / 3)) ]
check "some kills landed between two files ($partial)" [ "$partial" -ge 1 ]
echo "killfix: $pass passed, $fail failed"
[ "$fail" = 0 ]
