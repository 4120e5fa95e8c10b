#!/bin/sh
# Measures the MSOnline/AzureAD -> Microsoft Graph rewrite on real scripts:
# of the legacy module calls psauth's model sees (connections and functions a
# script defines itself excluded), how many `psauth fix --unsafe-fixes`
# rewrites exactly, how many get a precise suggestion (the Graph cmdlet and
# what a person must decide), and how many are left (no Graph cmdlet, or not
# in the map). Works on copies: the listed files are never touched.
#
# Usage: tools/graph-coverage.sh PSAUTH LIST [psauth options, e.g. --target entra]
#   LIST: a file with one script path a line (e.g. /tmp/corpus/lists/msol-azuread.txt)
# Needs jq. Prints the counts, and the calls left unrewritten per cmdlet
# (GRAPH_COVERAGE_DETAIL=1). The work directory is kept when GRAPH_COVERAGE_DIR is set.
set -eu
[ $# -ge 2 ] || { echo "usage: $0 PSAUTH LIST [psauth options]" >&2; exit 2; }
psauth=$1
list=$2
shift 2
command -v jq >/dev/null 2>&1 || { echo "$0: jq is needed" >&2; exit 2; }
[ -r "$list" ] || { echo "$0: $list: cannot read the list" >&2; exit 2; }
w=${GRAPH_COVERAGE_DIR:-$(mktemp -d)}
[ -n "${GRAPH_COVERAGE_DIR:-}" ] || trap 'rm -rf "$w"' EXIT
rm -rf "$w/files"
mkdir -p "$w/files"
: >"$w/list.txt"
i=0
while IFS= read -r f; do
  [ -n "$f" ] || continue
  i=$((i + 1))
  d=$w/files/$i
  mkdir -p "$d"
  cp "$f" "$d/"
  printf '%s\n' "$d/$(basename "$f")" >>"$w/list.txt"
done <"$list"

# before: every call's verdict is a fix of the PSA204/PSA205 finding
"$psauth" scan --format json --files-from "$w/list.txt" "$@" >"$w/before.json" 2>"$w/before.err" || true
# the fix, then what is left
xargs -d '\n' "$psauth" fix --unsafe-fixes "$@" <"$w/list.txt" >"$w/fix.out" 2>"$w/fix.err" || true
"$psauth" scan --format json --files-from "$w/list.txt" "$@" >"$w/after.json" 2>"$w/after.err" || true

# "Rewrite N of M ..." counts the exact calls of a file; each other call has a
# display fix "Line L: Cmdlet -> Graph; needs a person: why" (no Graph
# cmdlet or not in the map: left)
jq -r '
  [.findings[] | select(.rule == "PSA204" or .rule == "PSA205") | .fixes[].title] as $t
  | ([$t[] | capture("^Rewrite (?<n>[0-9]+) of") | .n | tonumber] | add // 0) as $exact
  | [$t[] | select(test("^Line [0-9]+: "))] as $person
  | ([$person[] | select(test("-> no Microsoft Graph|not in psauth.s map"))] | length) as $left
  | (($person | length) - $left) as $sugg
  | ($exact + $sugg + $left) as $all
  | def pct(x): if $all == 0 then "0.0" else ((x * 1000 / $all | round) / 10 | tostring) end;
  "calls \($all): exact \($exact) (\(pct($exact))%), suggestion \($sugg) (\(pct($sugg))%), left \($left) (\(pct($left))%)"
' "$w/before.json"
jq -r '
  [.findings[] | select((.rule == "PSA202" or .rule == "PSA203")) | .fixes[]
   | select(.title | startswith("Connect with"))] as $c
  | "connections rewritten \([$c[] | select(.applicability == "unsafe")] | length), left as suggestions \([$c[] | select(.applicability == "display")] | length)"
' "$w/before.json"
jq -r '
  "legacy calls after the fix: \([.findings[] | select(.rule == "PSA204" or .rule == "PSA205") | .message | capture("^(?<n>[0-9]+) ") | .n | tonumber] | add // 0)"
' "$w/after.json"
if [ "${GRAPH_COVERAGE_DETAIL:-0}" = 1 ]; then
  echo "calls not rewritten, per cmdlet:"
  jq -r '.findings[] | select(.rule == "PSA204" or .rule == "PSA205") | .fixes[].title
    | select(test("^Line [0-9]+: ")) | capture("^Line [0-9]+: (?<c>[^ ]+)") | .c | ascii_downcase' \
    "$w/before.json" | sort | uniq -c | sort -rn
fi
