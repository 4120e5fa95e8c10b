#!/bin/sh
# scan and fix agree on what is fixable: for every golden case and every
# sample, the "N fixable (M with --unsafe-fixes)" of `psauth scan` equals the
# number of fixes `psauth fix --unsafe-fixes --diff` would apply, including
# those a first fix makes possible (fix runs until nothing changes), so every
# change fix makes is reported by a finding of the scan; a fix that fix drops
# after re-modelling its result says so on stderr and counts as applied here.
psauth=$1
src=$2
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0 fail=0
one() { # one <name> <dir with input> <input file> <scan args> <fix args>
  rm -rf "$t/w"
  mkdir "$t/w"
  cp "$2/$3" "$t/w/"
  for c in psauth.json .psauth.json; do [ -f "$2/$c" ] && cp "$2/$c" "$t/w/"; done
  # shellcheck disable=SC2086
  n=$(cd "$t/w" && "$psauth" scan $4 "$3" 2>/dev/null |
    sed -n 's/.* \([0-9]*\) fixable (\([0-9]*\) with.*/\1 \2/p' | awk '{ print $1 + $2 }')
  # shellcheck disable=SC2086
  (cd "$t/w" && "$psauth" fix --unsafe-fixes --diff $5 "$3" 2>"$t/err" >/dev/null)
  k=$(sed -n 's/.*would apply \([0-9]*\) fix.*/\1/p' "$t/err")
  # a fix the re-modelled result refuses is offered by scan and dropped by
  # fix with a message naming it ("fix dropped: ..."): counted as reported
  dropped=$(grep -c '] fix dropped: ' "$t/err")
  if [ "${n:-0}" = "$((${k:-0} + dropped))" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $1: scan says ${n:-0} fixable, fix --diff applies ${k:-0}"
  fi
}
for d in "$src"/tests/cases/*/*/; do
  [ -f "$d/input.ps1" ] || continue
  args=$(cat "$d/args" 2>/dev/null)
  fargs=$(cat "$d/fix-args" 2>/dev/null)
  one "case $(basename "$d")" "$d" input.ps1 "$args" "$fargs"
done
for f in "$src"/samples/*.ps1; do
  one "sample $(basename "$f")" "$src/samples" "$(basename "$f")" "" ""
done
echo "fixcount: $pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$pass" -gt 100 ]
