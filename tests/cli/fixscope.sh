#!/bin/sh
# psauth fix writes only the files it was given, or found under the
# directories it was given, and only when that is safe.
# Usage: fixscope.sh PSAUTH SOURCE_DIR
#
#  (a) a dot-sourced file outside the given paths is read, never written;
#  (b) a symlinked directory to elsewhere: not walked by default; walked
#      with --follow-symlinks, but nothing behind it is written; a symlinked
#      file is not written through;
#  (c) `psauth fix dir/` leaves siblings and the parent directory alone;
#  (d) a hard-linked file: the path given gets the fixed text (a new inode,
#      via rename), the other link keeps the original bytes;
#  (e) a read-only file, a file in a read-only directory and a file changed
#      after it was read are not written, and each is reported.
# Every file that must stay is compared byte for byte with its original and
# checked for an unchanged inode and mtime.
set -u
psauth=$1
src=$2
case $psauth in /*) ;; *) psauth=$(pwd)/$psauth ;; esac
case $src in /*) ;; *) src=$(pwd)/$src ;; esac
. "$(dirname "$0")/../cli-lib.sh"
trap 'chmod -R u+rwx "$t" 2>/dev/null; rm -rf "$t"' EXIT
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}exitcode=86"
UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}exitcode=86"
export ASAN_OPTIONS UBSAN_OPTIONS

fixable=$src/tests/cases/fixes/fix-connect-credential/input.ps1
flags="--unsafe-fixes --app-id 00000000-1111-2222-3333-444444444444 --organization contoso.onmicrosoft.com --certificate-thumbprint 0123456789ABCDEF0123456789ABCDEF01234567"

# the fingerprint of a file that must not be written: bytes, inode, mtime
stamp() { printf '%s %s\n' "$(cksum < "$1")" "$(stat -c '%i %Y.%y' "$1")"; }
untouched() { # untouched <file> <stamp before>
  [ "$(stamp "$1")" = "$2" ] && cmp -s "$1" "$fixable"
}
changed() { ! cmp -s "$1" "$fixable"; }
no_temps() { [ -z "$(find "$t" -name '.*.psauth-*' 2>/dev/null)" ]; }

# ---- (a) dot-sourced file outside the given paths --------------------------
mkdir -p "$t/a/proj" "$t/a/shared"
cp "$fixable" "$t/a/shared/common.ps1"
# the caller signs in with a credential the dot-sourced file builds from a
# password literal; the shared file itself has fixable findings, so a bug
# that wrote it would show, and the caller's fix must not take the shared
# file's plumbing (its offsets are into the other file) with it
printf '. "$PSScriptRoot/../shared/common.ps1"\nConnect-ExchangeOnline -Credential $svc -ShowBanner:$false\n' \
  > "$t/a/proj/main.ps1"
s_common=$(stamp "$t/a/shared/common.ps1")
"$psauth" scan "$t/a/proj/main.ps1" > "$t/scan" 2>&1
check "(a) the dot-sourced file was read (the credential's origin is known)" \
  grep -q "from a password literal" "$t/scan"
(cd "$t/a" && "$psauth" fix $flags proj/main.ps1 >"$t/out" 2>"$t/err")
rc=$?
check "(a) fix ran (exit 0 or 1: $rc)" [ "$rc" -le 1 ]
check "(a) the dot-sourced file outside is not written" untouched "$t/a/shared/common.ps1" "$s_common"
check "(a) the dot-sourced file is not mentioned" sh -c "! grep -q common.ps1 '$t/err'"
cat > "$t/want" <<'EOF'
. "$PSScriptRoot/../shared/common.ps1"
Connect-ExchangeOnline -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567' -AppId '00000000-1111-2222-3333-444444444444' -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false
EOF
check "(a) the caller is fixed, and only where its own code is" cmp -s "$t/a/proj/main.ps1" "$t/want"

# ---- (b) symlinked directory and file --------------------------------------
mkdir -p "$t/b/proj" "$t/b/elsewhere"
cp "$fixable" "$t/b/elsewhere/e.ps1"
cp "$fixable" "$t/b/elsewhere/f.ps1"
cp "$fixable" "$t/b/proj/own.ps1"
ln -s ../elsewhere "$t/b/proj/linked"
ln -s ../elsewhere/f.ps1 "$t/b/proj/flink.ps1"
s_e=$(stamp "$t/b/elsewhere/e.ps1")
s_f=$(stamp "$t/b/elsewhere/f.ps1")
(cd "$t/b" && "$psauth" fix $flags proj/ >"$t/out" 2>"$t/err")
rc=$?
check "(b) default walk: exit 0 or 1 ($rc)" [ "$rc" -le 1 ]
check "(b) default walk: own file fixed" changed "$t/b/proj/own.ps1"
check "(b) default walk: file behind the directory link untouched" untouched "$t/b/elsewhere/e.ps1" "$s_e"
check "(b) default walk: file behind the file link untouched" untouched "$t/b/elsewhere/f.ps1" "$s_f"
cp "$fixable" "$t/b/proj/own.ps1"
(cd "$t/b" && "$psauth" fix $flags --follow-symlinks proj/ >"$t/out" 2>"$t/err")
rc=$?
check "(b) --follow-symlinks: exit 2, files not written ($rc)" [ "$rc" = 2 ]
check "(b) --follow-symlinks: own file fixed" changed "$t/b/proj/own.ps1"
check "(b) --follow-symlinks: file behind the directory link untouched" untouched "$t/b/elsewhere/e.ps1" "$s_e"
check "(b) --follow-symlinks: file behind the file link untouched" untouched "$t/b/elsewhere/f.ps1" "$s_f"
check "(b) --follow-symlinks: the directory link reported" grep -q "proj/linked/e.ps1: resolves outside the paths given" "$t/err"
check "(b) --follow-symlinks: the file link reported" grep -q "proj/flink.ps1: resolves outside the paths given" "$t/err"
check "(b) links still links" [ -L "$t/b/proj/linked" ] && [ -L "$t/b/proj/flink.ps1" ]
# a symlinked directory named explicitly is the user's choice: its target is the root
(cd "$t/b" && "$psauth" fix $flags proj/linked >"$t/out" 2>"$t/err")
rc=$?
check "(b) explicit directory link: exit 0 or 1 ($rc)" [ "$rc" -le 1 ]
check "(b) explicit directory link: its files are fixed" changed "$t/b/elsewhere/e.ps1"

# ---- (c) siblings and parent ------------------------------------------------
mkdir -p "$t/c/dir/sub" "$t/c/dir2" "$t/c/dirty"
for f in dir/a.ps1 dir/sub/b.ps1 dir2/c.ps1 dirty/d.ps1 top.ps1 dir.ps1; do cp "$fixable" "$t/c/$f"; done
s_c=$(stamp "$t/c/dir2/c.ps1")
s_d=$(stamp "$t/c/dirty/d.ps1")
s_top=$(stamp "$t/c/top.ps1")
s_dirps=$(stamp "$t/c/dir.ps1")
(cd "$t/c" && "$psauth" fix $flags dir/ >"$t/out" 2>"$t/err")
rc=$?
check "(c) exit 0 or 1 ($rc)" [ "$rc" -le 1 ]
check "(c) dir/a.ps1 fixed" changed "$t/c/dir/a.ps1"
check "(c) dir/sub/b.ps1 fixed" changed "$t/c/dir/sub/b.ps1"
check "(c) sibling dir2/ untouched" untouched "$t/c/dir2/c.ps1" "$s_c"
check "(c) sibling with the same prefix (dirty/) untouched" untouched "$t/c/dirty/d.ps1" "$s_d"
check "(c) parent's file untouched" untouched "$t/c/top.ps1" "$s_top"
check "(c) dir.ps1 beside dir/ untouched" untouched "$t/c/dir.ps1" "$s_dirps"

# ---- (d) hard links ---------------------------------------------------------
mkdir -p "$t/d/proj" "$t/d/other"
cp "$fixable" "$t/d/proj/h.ps1"
ln "$t/d/proj/h.ps1" "$t/d/other/h.ps1"
s_h=$(stamp "$t/d/other/h.ps1")
(cd "$t/d" && "$psauth" fix $flags proj/ >"$t/out" 2>"$t/err")
rc=$?
check "(d) exit 0 or 1 ($rc)" [ "$rc" -le 1 ]
check "(d) the path given is fixed" changed "$t/d/proj/h.ps1"
# the other name keeps the original bytes (same inode, now with one link)
check "(d) the other hard link keeps the original bytes" cmp -s "$t/d/other/h.ps1" "$fixable"
check "(d) the other hard link keeps its inode" [ "$(stat -c %i "$t/d/other/h.ps1")" = "$(echo "$s_h" | awk '{print $3}')" ]
check "(d) the link is split" [ "$(stat -c %h "$t/d/other/h.ps1")" = 1 ]

# ---- (e) read-only file, read-only directory, file changed after reading ----
mkdir -p "$t/e/ro" "$t/e/rodir"
cp "$fixable" "$t/e/ro/r.ps1"
cp "$fixable" "$t/e/ok.ps1"
chmod 444 "$t/e/ro/r.ps1"
s_r=$(stamp "$t/e/ro/r.ps1")
(cd "$t/e" && "$psauth" fix $flags ro/r.ps1 ok.ps1 >"$t/out" 2>"$t/err")
rc=$?
check "(e) read-only: exit 2 ($rc)" [ "$rc" = 2 ]
check "(e) read-only file untouched" untouched "$t/e/ro/r.ps1" "$s_r"
check "(e) read-only file reported" grep -q "ro/r.ps1: read-only file: not changed" "$t/err"
check "(e) the other file still fixed" changed "$t/e/ok.ps1"
# a read-only directory: no temp file can be made (root may write anyway)
cp "$fixable" "$t/e/rodir/x.ps1"
chmod 555 "$t/e/rodir"
if [ "$(id -u)" != 0 ]; then
  s_x=$(stamp "$t/e/rodir/x.ps1")
  (cd "$t/e" && "$psauth" fix $flags rodir/ >"$t/out" 2>"$t/err")
  rc=$?
  check "(e) read-only directory: exit 2 ($rc)" [ "$rc" = 2 ]
  check "(e) read-only directory: file untouched" untouched "$t/e/rodir/x.ps1" "$s_x"
  check "(e) read-only directory: reported" grep -q "rodir/x.ps1: cannot create a temporary file" "$t/err"
else
  echo "SKIP: read-only directory (running as root, which may write there)"
fi
chmod 755 "$t/e/rodir"
# changed after it was read: `fix -i` has read the file when it asks about
# the first fix; change the file then, and answer "a" (apply all). setsid
# takes away the controlling terminal, so the answers come from stdin.
cp "$fixable" "$t/e/chg.ps1"
mkfifo "$t/in"
(cd "$t/e" && exec setsid "$psauth" fix $flags -i chg.ps1 <"$t/in" >"$t/out" 2>"$t/err") &
pid=$!
exec 3<>"$t/in" # read-write: never blocks, even if psauth did not start
i=0
while ! grep -q "apply this fix" "$t/out" 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
printf 'Get-Date\n' >> "$t/e/chg.ps1"
echo a >&3
exec 3>&-
wait $pid
rc=$?
check "(e) changed after reading: exit 2 ($rc)" [ "$rc" = 2 ]
check "(e) changed after reading: reported" grep -q "chg.ps1: changed on disk since it was read" "$t/err"
cat "$fixable" > "$t/want"
printf 'Get-Date\n' >> "$t/want"
check "(e) changed after reading: the change is kept, nothing fixed" cmp -s "$t/e/chg.ps1" "$t/want"
check "no temporary files left anywhere" no_temps

echo "fixscope: $pass passed, $fail failed"
[ "$fail" = 0 ]
