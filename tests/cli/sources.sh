#!/bin/sh
# docs/sources.md defines every source key the project cites ([S30] in the
# rule pages and docs, "S30" in the rule metadata), each with a title,
# publisher, date and address, and defines no key nobody cites.
psauth=$1
src=$2
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0 fail=0
check() { # check <name> <command...>
  name=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
cd "$src" || exit 2
{
  grep -oh '\[S[0-9][0-9]*\]' docs/rules/*.md README.md $(ls docs/*.md | grep -v '^docs/sources.md$') |
    tr -d '[]'
  grep -oh '"S[0-9][0-9]*"' analyzer/rules/meta.c | tr -d '"'
} | sort -u >"$t/cited"
grep '^| S[0-9]' docs/sources.md | awk -F'|' '{ gsub(/ /, "", $2); print $2 }' | sort >"$t/defined.all"
sort -u "$t/defined.all" >"$t/defined"
check "sources.md: no key defined twice" cmp -s "$t/defined.all" "$t/defined"
comm -23 "$t/cited" "$t/defined" >"$t/undefined"
comm -13 "$t/cited" "$t/defined" >"$t/uncited"
[ -s "$t/undefined" ] && echo "cited but not defined in docs/sources.md: $(tr '\n' ' ' <"$t/undefined")"
[ -s "$t/uncited" ] && echo "defined in docs/sources.md but cited nowhere: $(tr '\n' ' ' <"$t/uncited")"
check "every cited source key is defined" [ ! -s "$t/undefined" ]
check "every defined source key is cited" [ ! -s "$t/uncited" ]
check "at least 50 sources cited" [ "$(wc -l <"$t/cited")" -ge 50 ]
# every row: key, title, publisher, date, address, none empty
bad=$(grep '^| S[0-9]' docs/sources.md | awk -F'|' 'NF != 7 { print $2; next }
  { for (i = 3; i <= 6; i++) { c = $i; gsub(/ /, "", c); if (c == "") { print $2; next } } }')
[ -n "$bad" ] && echo "rows without all five cells: $bad"
check "every source has a title, publisher, date and address" [ -z "$bad" ]
# the rules' metadata as psauth lists it: a status for every rule, and a
# source defined here for every dated one
"$psauth" rules --format json >"$t/rules.json"
n=$("$psauth" rules | wc -l)
check "rules --format json: every rule has a status" [ "$(grep -c '"status":' "$t/rules.json")" = "$n" ]
grep -o '"statusSource":[^,}]*' "$t/rules.json" | sed 's/.*"\(S[0-9]*\)".*/\1/' | sort -u >"$t/rule-sources"
check "rules --format json: every statusSource is defined" [ -z "$(comm -23 "$t/rule-sources" "$t/defined")" ]
check "rules --format json: retired and retiring rules name a date" \
  [ "$(grep -c '"status":.*"retir' "$t/rules.json")" = "$(grep -c '"statusDate":' "$t/rules.json")" ]
echo "sources: $pass passed, $fail failed"
[ "$fail" = 0 ]
