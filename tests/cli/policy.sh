#!/bin/sh
# One policy for scan and fix: psauth fix changes exactly what psauth scan
# shows. Each part builds a small tree and checks both commands.
#  (a) a suppressed finding is neither shown nor fixed nor counted as manual
#      work; the unsuppressed one next to it is fixed;
#  (b) a rule the config ignores (ignore, perFileIgnores) is neither shown
#      nor fixed;
#  (c) the config's maxFileSize skips a file for fix as for scan;
#  (d) selection decides what is shown, not which rule ran first: with
#      PSA301 ignored (config or command line) PSA309 reports the literal.
# Usage: policy.sh PSAUTH SOURCE_DIR
set -u
psauth=$1
case $psauth in /*) ;; *) psauth=$(pwd)/$psauth ;; esac
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
fail=0
check() { # check <description> <condition...>
  desc=$1
  shift
  if "$@"; then :; else fail=$((fail + 1)); echo "FAIL: $desc"; fi
}
# shellcheck disable=SC2317 # called through check
has() { printf '%s' "$1" | grep -q -- "$2"; }

exo='Connect-EXOPSSession -UserPrincipalName admin@contoso.com'

# (a) suppressions
mkdir "$t/a"
printf '# psauth: disable-next-line PSA110\n%s\nGet-Mailbox\n%s\n' "$exo" "$exo" > "$t/a/s.ps1"
out=$(cd "$t/a" && "$psauth" scan -q s.ps1)
check "(a) scan shows only the unsuppressed connection" \
  test "$(printf '%s\n' "$out" | grep -c 'PSA110')" = 1
check "(a) scan shows it on line 4" has "$out" "s.ps1:4:1"
diff=$(cd "$t/a" && "$psauth" fix --diff s.ps1 2>"$t/a/err")
check "(a) fix rewrites the unsuppressed line" has "$diff" "+Connect-ExchangeOnline"
check "(a) fix leaves the suppressed line" \
  test "$(printf '%s\n' "$diff" | grep -c '^-Connect-EXOPSSession')" = 1
check "(a) fix counts no manual work" grep -q "0 findings need manual migration" "$t/a/err"

# (b) config ignore and perFileIgnores
mkdir -p "$t/b/legacy"
printf '%s\n' "$exo" > "$t/b/x.ps1"
printf '%s\n' "$exo" > "$t/b/legacy/y.ps1"
printf '{"perFileIgnores": {"legacy/**": ["PSA110"]}}\n' > "$t/b/psauth.json"
out=$(cd "$t/b" && "$psauth" scan -q .)
check "(b) scan reports x.ps1" has "$out" "x.ps1:1:1"
check "(b) scan skips PSA110 under legacy/" sh -c "! printf '%s' \"\$1\" | grep -q legacy" _ "$out"
diff=$(cd "$t/b" && "$psauth" fix --diff . 2>/dev/null)
check "(b) fix rewrites x.ps1" has "$diff" "+++ b/x.ps1"
check "(b) fix leaves legacy/y.ps1" sh -c "! printf '%s' \"\$1\" | grep -q legacy" _ "$diff"
printf '{"ignore": ["exo-v1"]}\n' > "$t/b/psauth.json"
out=$(cd "$t/b" && "$psauth" scan -q .)
check "(b) ignore by kind: scan shows nothing" test -z "$out"
diff=$(cd "$t/b" && "$psauth" fix --diff . 2>/dev/null)
check "(b) ignore by kind: fix changes nothing" test -z "$diff"

# (c) maxFileSize
mkdir "$t/c"
printf '%s\n' "$exo" > "$t/c/big.ps1"
printf '{"maxFileSize": 10}\n' > "$t/c/psauth.json"
(cd "$t/c" && "$psauth" scan -q big.ps1 >/dev/null 2>"$t/c/scan.err")
(cd "$t/c" && "$psauth" fix --diff big.ps1 >"$t/c/fix.out" 2>"$t/c/fix.err")
check "(c) scan skips the file" grep -q "skipped" "$t/c/scan.err"
check "(c) fix skips the file" grep -q "skipped" "$t/c/fix.err"
check "(c) fix shows no diff" test ! -s "$t/c/fix.out"

# (d) order independence
mkdir "$t/d"
printf "\$AdminPassword = 'Winter2024!'\n\$s = ConvertTo-SecureString \$AdminPassword -AsPlainText -Force\n" > "$t/d/p.ps1"
out=$(cd "$t/d" && "$psauth" scan -q p.ps1)
check "(d) PSA301 reports the literal by default" has "$out" "PSA301"
check "(d) and PSA309 does not repeat it" sh -c "! printf '%s' \"\$1\" | grep -q PSA309" _ "$out"
out=$(cd "$t/d" && "$psauth" scan -q --ignore PSA301 p.ps1)
check "(d) --ignore PSA301: PSA309 reports it" has "$out" "PSA309"
out=$(cd "$t/d" && "$psauth" scan -q --select PSA309 p.ps1)
check "(d) --select PSA309: PSA309 reports it" has "$out" "PSA309"
printf '{"ignore": ["PSA301"]}\n' > "$t/d/psauth.json"
out=$(cd "$t/d" && "$psauth" scan -q p.ps1)
check "(d) config ignore PSA301: PSA309 reports it" has "$out" "PSA309"

[ "$fail" = 0 ] && echo "policy: all checks passed"
exit "$fail"
