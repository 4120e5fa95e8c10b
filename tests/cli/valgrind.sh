#!/bin/sh
# Memcheck over a real scan: no invalid reads or writes, no use of
# uninitialised memory, no leaks. Usage: valgrind.sh PSAUTH SOURCE_DIR
#
# Skipped (exit 77, which CTest counts as skipped) when valgrind is missing or PSAUTH is built with a
# sanitizer (the test build: ASan and valgrind cannot run together, and ASan
# already checks the same things there). Run it on a plain build:
#   cmake -S . -B build-vg -DCMAKE_BUILD_TYPE=Debug && cmake --build build-vg -j2
#   sh tests/cli/valgrind.sh build-vg/psauth .
set -u
psauth=$1
src=$2
pass=0
fail=0

skip() {
  echo "valgrind: skipped: $1"
  exit 77
}
command -v valgrind >/dev/null 2>&1 || skip "valgrind is not installed"
if command -v nm >/dev/null 2>&1; then
  syms=$(nm -a "$psauth" 2>/dev/null; nm -D "$psauth" 2>/dev/null)
  case $syms in
    *__asan_init* | *__tsan_init* | *__msan_init* | *__hwasan_init*)
      skip "$psauth is built with a sanitizer" ;;
  esac
elif grep -q -a -E '__asan_init|__tsan_init|__msan_init|__hwasan_init' "$psauth"; then
  skip "$psauth is built with a sanitizer"
fi

t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

check() { # check <description> <condition...>
  desc=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $desc"; fi
}
# vg <label> <expected exit codes> <psauth args...>
# Runs use the C library's allocator for tree-sitter (PSAUTH_TS_ALLOCATOR=
# system), so memcheck sees tree-sitter's blocks too, unless VG_TSALLOC=1.
vg() {
  label=$1
  want=$2
  shift 2
  if [ "${VG_TSALLOC:-}" = 1 ]; then alloc=; else alloc=system; fi
  PSAUTH_TS_ALLOCATOR=$alloc timeout 600 valgrind --error-exitcode=99 --leak-check=full --track-origins=yes \
    --log-file="$t/vg.log" "$psauth" "$@" >"$t/out" 2>"$t/err"
  rc=$?
  case "|$want|" in
    *"|$rc|"*) check "$label: exit $rc" true ;;
    *)
      check "$label: exit $rc, expected $want (99: valgrind found errors)" false
      sed -n '/ERROR SUMMARY/p; /Invalid\|uninitialised\|definitely lost\|indirectly lost/,+8p' \
        "$t/vg.log" | head -60
      ;;
  esac
  check "$label: valgrind reports 0 errors" grep -q "ERROR SUMMARY: 0 errors" "$t/vg.log"
  # shellcheck disable=SC2016 # $1 belongs to the inner shell
  check "$label: nothing definitely lost" \
    sh -c '! grep -q "definitely lost: [1-9]" "$1"' sh "$t/vg.log"
}

set -- "$src"/tests/cases/*/*/input.ps1
vg "scan samples/ and every golden case" "0|1" scan "$src/samples/" "$@"
VG_TSALLOC=1
vg "the same with psauth's allocator for tree-sitter" "0|1" scan "$src/samples/" "$@"
VG_TSALLOC=
vg "scan --format json" "0|1" scan --format json "$src/samples/"
vg "scan --show-source --color always" "0|1" scan --show-source --color always "$src/samples/"
vg "scan --statistics" "0|1" scan --statistics "$src/samples/"
vg "scan a missing path" 2 scan "$src/samples/missing.ps1" "$src/samples/modern-app-only.ps1"
vg "model" 0 model "$src/samples/tricky-forms.ps1"
vg "parse" 0 parse "$src/samples/utf16-scc-session.ps1"

echo "valgrind: $pass passed, $fail failed"
[ "$fail" = 0 ]
