#!/bin/sh
# Every command and every option is documented where users look: for each
# command, the options its parser accepts (the string literals in
# analyzer/cli/<command>.c, plus the shared settings of options.c where the
# command uses them) are the options of `psauth <command> --help`, of the
# command's section of docs/psauth.1 and of its line in
# docs/psauth.bash-completion; `psauth --help` lists every command main.c
# dispatches.
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
same() { # same <a> <b>: the two sorted option lists are equal, else show both
  if cmp -s "$1" "$2"; then return 0; fi
  echo "  only in ${1##*/}: $(comm -23 "$1" "$2" | tr '\n' ' ')"
  echo "  only in ${2##*/}: $(comm -13 "$1" "$2" | tr '\n' ' ')"
  return 1
}
opts() { # options in standard input: --long and -x (one letter)
  grep -oE -- '(^|[][ ,|(])(--[a-z][a-z-]*|-[a-zA-Z])([] ,|=)]|$)' |
    sed -E 's/^[][ ,|(]//; s/[] ,|=)]$//' | sort -u
}
cd "$src" || exit 2
man=docs/psauth.1
comp=docs/psauth.bash-completion

"$psauth" --help >"$t/help.top" 2>&1
for c in $(grep -o 'strcmp(cmd, "[a-z]*")) return psa_cli' analyzer/cli/main.c | sed 's/.*"\([a-z]*\)".*/\1/'); do
  check "psauth --help lists $c" grep -q "^  $c\\b" "$t/help.top"
  check "the man page's synopsis names $c" grep -q "^\\.B psauth.*\\b$c\\b" "$man"
  check "the completion offers $c" sh -c "grep 'compgen -W \"scan ' '$comp' | grep -qw '$c'"
  file=analyzer/cli/$c.c
  [ "$c" = model ] && file=analyzer/cli/parse.c
  {
    grep -o '"-[-a-zA-Z]*"' "$file" | tr -d '"' | grep -v -x -e '-' -e '--'
    if grep -q psa_cli_settings_option "$file"; then
      grep -o '"--[a-z-]*"' analyzer/cli/options.c | tr -d '"'
    fi
  } | sort -u >"$t/code.$c"
  { "$psauth" "$c" --help 2>&1 | opts; printf '%s\n' -h --help; } | sort -u >"$t/help.$c"
  section=$(echo "$c" | tr a-z A-Z)
  [ "$c" = parse ] || [ "$c" = model ] && section="PARSE AND MODEL"
  awk -v s=".SH $section OPTIONS" '$0 == s { on = 1; next } /^\.SH/ { on = 0 }
    on && prev == ".TP" { print } { prev = $0 }' "$man" |
    sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' | opts >"$t/man.$c"
  sed -n "s/^ *$c) opts=\"\\(.*\\)\" ;;/\\1/p" "$comp" | tr ' ' '\n' | grep . | sort -u >"$t/completion.$c"
  check "$c: every option the parser accepts is in its --help" same "$t/code.$c" "$t/help.$c"
  check "$c: the man page lists the options of --help" same "$t/help.$c" "$t/man.$c"
  check "$c: the bash completion offers the options of --help" same "$t/help.$c" "$t/completion.$c"
done
check "the man page lists the global options" grep -qF '\fB\-V\fR, \fB\-\-version' "$man"
echo "options: $pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$pass" -gt 40 ]
