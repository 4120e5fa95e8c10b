#!/bin/sh
# psauth fix --diff output is a patch the usual tools apply: paths with
# spaces and non-ASCII characters quoted as git quotes them, a UTF-8 BOM kept
# in line 1; UTF-16 and Windows-1252 files shown decoded after a line saying
# the encoding is kept. Applying the diff with git apply or patch -p1 gives
# the bytes psauth fix writes. Skipped (77) when neither git nor patch is
# installed.
psauth=$1
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0 fail=0
check() { # check <name> <command...>
  name=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
have_git=false have_patch=false
command -v git >/dev/null 2>&1 && have_git=true
command -v patch >/dev/null 2>&1 && have_patch=true
if ! $have_git && ! $have_patch; then
  echo "SKIP: neither git nor patch is installed"
  exit 77
fi

mkdir -p "$t/src/dir with space" "$t/src/$(printf 'caf\303\251')"
body='$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential (Import-Clixml cred.xml) -Authentication Basic -AllowRedirection
Import-PSSession $s
Get-Mailbox -ResultSize 10
'
printf '%s' "$body" >"$t/src/dir with space/x.ps1"
printf '%s' "$body" >"$t/src/$(printf 'caf\303\251')/y.ps1"
printf '\357\273\277%s' "$body" >"$t/src/bom.ps1"
printf '# caf\351\r\n%s' "$(printf '%s' "$body" | sed 's/$/\r/')" >"$t/src/w1252.ps1"
printf '%s' "$body" | iconv -f UTF-8 -t UTF-16LE >"$t/src/u16.body" 2>/dev/null &&
  { printf '\377\376'; cat "$t/src/u16.body"; } >"$t/src/u16.ps1"
rm -f "$t/src/u16.body"

cp -R "$t/src" "$t/fixed"
(cd "$t/fixed" && "$psauth" fix --unsafe-fixes . >/dev/null 2>&1)
(cd "$t/src" && "$psauth" fix --unsafe-fixes --diff . >"$t/all.diff" 2>"$t/err")

check "diff: a path with a space is quoted" grep -q '^--- "a/dir with space/x.ps1"$' "$t/all.diff"
check "diff: a non-ASCII path is quoted with octal escapes" grep -q '^+++ "b/caf\\303\\251/y.ps1"$' "$t/all.diff"
check "diff: the BOM is in line 1" grep -q "$(printf '^-\357\273\277\\$s = New-PSSession')" "$t/all.diff"
check "diff: a UTF-16 file's change is shown" grep -q '^# psauth: ./u16.ps1 is utf-16le; this diff shows its text as UTF-8' "$t/all.diff"
check "diff: a Windows-1252 file's change is shown" grep -q '^# psauth: ./w1252.ps1 is windows-1252' "$t/all.diff"
check "diff: nothing said about changes left out" test ! -s "$t/err" -o -z "$(grep 'not in the diff' "$t/err")"

# the parts for UTF-8 files (with or without BOM) apply as they are
awk '/^# psauth: / { skip = 1; next } /^--- / { skip = 0 } !skip' "$t/all.diff" |
  awk 'BEGIN { keep = 1 } /^--- / { keep = ($0 !~ /u16|w1252/) } keep' >"$t/utf8.diff"
for f in "dir with space/x.ps1" "$(printf 'caf\303\251')/y.ps1" bom.ps1; do
  cmp -s "$t/src/$f" "$t/fixed/$f" && { fail=$((fail + 1)); echo "FAIL: psauth fix changed nothing in $f"; }
done
if $have_git; then
  cp -R "$t/src" "$t/git"
  (cd "$t/git" && git init -q . && git apply --check "$t/utf8.diff" 2>"$t/git.err")
  check "git apply --check accepts the diff" [ $? = 0 ]
  [ -s "$t/git.err" ] && cat "$t/git.err"
  (cd "$t/git" && git apply "$t/utf8.diff" 2>/dev/null)
  for f in "dir with space/x.ps1" "$(printf 'caf\303\251')/y.ps1" bom.ps1; do
    check "git apply gives the bytes psauth fix writes: $f" cmp -s "$t/git/$f" "$t/fixed/$f"
  done
else
  echo "SKIP: git not installed"
fi
if $have_patch; then
  cp -R "$t/src" "$t/patch"
  (cd "$t/patch" && patch -p1 --dry-run <"$t/utf8.diff" >"$t/patch.out" 2>&1)
  check "patch -p1 --dry-run accepts the diff" [ $? = 0 ]
  (cd "$t/patch" && patch -s -p1 <"$t/utf8.diff" >/dev/null 2>&1)
  for f in "dir with space/x.ps1" "$(printf 'caf\303\251')/y.ps1" bom.ps1; do
    check "patch -p1 gives the bytes psauth fix writes: $f" cmp -s "$t/patch/$f" "$t/fixed/$f"
  done
else
  echo "SKIP: patch not installed"
fi
echo "fixdiff: $pass passed, $fail failed"
[ "$fail" = 0 ]
