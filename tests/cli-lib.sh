# Sourced by the CLI test scripts (tests/cli/*.sh; this file is outside that
# folder so CTest does not run it): a temporary directory $t removed on exit,
# and check DESC CMD... counting passes and failures in $pass and $fail.
pass=0
fail=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
check() {
  desc=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $desc"; fi
}
