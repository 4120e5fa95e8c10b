#!/bin/sh
# Measures the MSOnline/AzureAD -> Microsoft Graph rewrite on real scripts:
# of the legacy module calls psauth's model sees (connections and functions a
# script defines itself excluded), how many have an exact rewrite, how many
# get a precise suggestion (the Graph cmdlet and what a person must decide),
# and how many are left (no Graph cmdlet, or not in the map); then how many
# of the exact calls one `psauth fix --unsafe-fixes` run applies, and why the
# others are held back (a file is migrated whole or not at all). Works on
# copies: the listed files are never touched.
#
# Usage: tools/graph-coverage.sh PSAUTH LIST [psauth options, e.g. --target entra]
#   LIST: a file with one script path a line (e.g. /tmp/corpus/lists/msol-azuread.txt)
# Needs jq. Prints the counts, and the calls left unrewritten per cmdlet
# and per reason bucket, each call with its reason in WORK/reasons.tsv
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

# Every legacy call the scan sees is counted by its finding ("N MSOnline
# cmdlet calls (...)"). Each call without an exact rewrite has a display fix
# "Line L: Cmdlet -> Graph; needs a person: why" (no Graph cmdlet or not in
# the map: left); the other calls have an exact rewrite. Whether one fix run
# applies them is measured, not read from the fixes: the calls a file has
# fewer after the fix. A file's exact calls that stay are held back by the
# one-unit rule (docs/fixes.md): another call of the file needs a person, or
# the file itself keeps them (a library of functions, a file that does not
# connect, a connection helper, a runbook).
jq -n -r --slurpfile before "$w/before.json" --slurpfile after "$w/after.json" '
  def calls: [.findings[] | select(.rule == "PSA204" or .rule == "PSA205")];
  def count: [.[] | .message | capture("^(?<n>[0-9]+) ") | .n | tonumber] | add // 0;
  ($after[0] | calls | group_by(.path) | map({key: .[0].path, value: count}) | from_entries) as $left_after
  | [$before[0] | calls | group_by(.path)[]
     | (.[0].path) as $p
     | [.[] | .fixes[].title | select(test("^Line [0-9]+: "))] as $person
     | ([$person[] | select(test("-> no Microsoft Graph|not in psauth.s map"))] | length) as $left
     | count as $all
     | ($all - ($person | length)) as $exact
     | ($all - ($left_after[$p] // 0)) as $applied
     | {all: $all, exact: $exact, sugg: (($person | length) - $left), left: $left, applied: $applied,
        held: ($exact - $applied), person: (($person | length) > 0)}] as $f
  | ($f | map(.all) | add // 0) as $all
  | def sum(k): $f | map(k) | add // 0;
    def pct(x): if $all == 0 then "0.0" else (x * 1000 / $all | round) as $t | "\($t / 10 | floor).\($t % 10)" end;
  "calls \($all): exact \(sum(.exact)) (\(pct(sum(.exact)))%), suggestion \(sum(.sugg)) (\(pct(sum(.sugg)))%), left \(sum(.left)) (\(pct(sum(.left)))%)",
  "exact calls held back by the one-unit rule: \(sum(.held)) (\(sum(select(.person) | .held)) in files where another call needs a person, \(sum(select(.person | not) | .held)) in files kept whole: libraries, files that do not connect, connection helpers)",
  "applied by one fix run: \(sum(.applied)) (\(pct(sum(.applied)))%) in \([$f[] | select(.applied > 0)] | length) files"
'
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
  # Each call's reason is the text after "needs a person: " in its display
  # fix; a bucket is the first pattern the reason (or, for "left", the
  # title) matches. Every call with its bucket and reason: $w/reasons.tsv.
  jq -r '
    def buckets: [
      ["left: not in psauth'"'"'s map", "not in psauth.s map"],
      ["left: no Microsoft Graph cmdlet", " -> no Microsoft Graph"],
      ["lines psauth'"'"'s parser could not read", "parser could not read"],
      ["the script'"'"'s own Connect-MgGraph lacks a permission", "own Connect-MgGraph .line [0-9]+. does not ask for"],
      ["per-user MFA methods (StrongAuthenticationMethods)", "StrongAuthenticationMethods"],
      ["per-user MFA requirements (StrongAuthenticationRequirements)", "StrongAuthenticationRequirements"],
      ["partner -TenantId", "^-TenantId:"],
      ["retired PIM v2 cmdlets", "PIM v2"],
      ["ObjectType / member type", "(?i)objecttype|RoleMemberType"],
      ["a variable that also holds other values", "also holds other values|also assigned other values"],
      ["another call of the same objects needs a person", "which needs a person"],
      ["objects sent whole (Export-Csv, Format-List, ConvertTo-Json ...)", "go whole to|used whole|Select-Object \\*"],
      ["legacy exceptions caught", "its errors go to a catch"],
      ["objects go where psauth does not follow", "does not follow|parser does not|Import-Csv|script.s function|from the pipeline|calls a method|changes a list in place|compute it in a script block"],
      ["licences (ServiceStatus, Licenses objects, licence options)", "(?i)licen[cs]e|ServiceStatus|DisabledPlans"],
      ["application / service principal credentials", "(?i)credential"],
      ["directory settings (beta, indexer, templates)", "(?i)directorySetting|setting templates|indexes the objects"],
      ["a parameter with no exact Graph form", "^-[A-Za-z]+"],
      ["a property with no exact Graph form", "^\\.[A-Za-z]"],
      ["no exact rewrite known (the cmdlet)", "no exact rewrite known|device objects are not Graph|returned a dictionary of the user|restores a deleted user by its object id"],
      ["session probe in a try (Get-MgContext does not fail)", "Get-(Mg|Entra)Context returns nothing"],
      ["app role assignment direction (the sources disagree)", "swap Get-MgServicePrincipalAppRoleAssignment"],
      ["the Graph cmdlet lists other objects (roles, memberships, policies)", "returns groups and roles|listed every role|password policy is|Update-MgDevice"],
      ["other", ""]];
    .findings[] | select(.rule == "PSA204" or .rule == "PSA205") | .path as $p | .fixes[].title
    | select(test("^Line [0-9]+: "))
    | . as $t
    | (capture("^Line (?<l>[0-9]+): (?<c>[^ ]+)")) as $m
    | ((capture("needs a person: (?<r>.*)$") | .r) // $t) as $r
    | ([buckets[] | .[1] as $re
        | select($re == "" or (($re | startswith(" ->")) and ($t | test($re))) or
                 (($re | startswith(" ->") | not) and ($r | test($re)))) | .[0]][0]) as $b
    | [$p, $m.l, $m.c, $b, $r] | @tsv' "$w/before.json" >"$w/reasons.tsv"
  echo "calls not rewritten, per reason (each call in $w/reasons.tsv):"
  cut -f4 "$w/reasons.tsv" | sort | uniq -c | sort -rn
fi
