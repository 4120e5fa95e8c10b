#!/bin/sh
# Builds psauth and runs it on samples/ ("demo") or runs every test ("test").
# Installs missing Debian packages when run as root; otherwise prints the
# exact apt-get line and stops.
set -eu
cd "$(dirname "$0")/.."
what=${1:-demo}

missing=""
need() { # need <command-or-pkgconfig-module> <debian package>
  case $1 in
    pc:*) pkg-config --exists "${1#pc:}" 2>/dev/null || missing="$missing $2" ;;
    *) command -v "$1" >/dev/null 2>&1 || missing="$missing $2" ;;
  esac
}
need cmake cmake
need cc gcc
need make make
need pkg-config pkg-config
need npm npm
need pc:libpcre2-8 libpcre2-dev
need pc:libcjson libcjson-dev
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing:$missing"
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "psauth needs these Debian packages; install them with:"
    echo "  sudo apt-get install -y$missing"
    exit 1
  fi
fi

# Optional: Neovim for the lsp.neovim test (skipped without it), installed
# when root like the packages above.
if ! command -v nvim >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing: neovim (for the lsp.neovim test)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
fi

jobs=$(nproc 2>/dev/null || echo 2)
case $what in
  demo)
    # progress on stderr, so that the scan's output stays as it is
    say() { printf 'dev.sh: %s\n' "$*" >&2; }
    mkdir -p build
    say "configuring build/ (the first run fetches the PowerShell grammar with npm)"
    if ! cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >build/dev-configure.log 2>&1; then
      cat build/dev-configure.log >&2
      exit 1
    fi
    say "building psauth with $jobs jobs (about 30 s the first time; log: build/dev-build.log)"
    { cmake --build build -j"$jobs" >build/dev-build.log 2>&1; echo $? >build/dev-build.rc; } &
    builder=$!
    # the percentage CMake reports, every two seconds, until the build ends
    while kill -0 "$builder" 2>/dev/null; do
      pct=$(grep -o '^\[ *[0-9]*%\]' build/dev-build.log 2>/dev/null | tail -1 | tr -d '[ ]')
      [ -n "$pct" ] && printf '\rdev.sh: building... %s ' "$pct" >&2
      sleep 2
    done
    wait "$builder" || true
    printf '\n' >&2
    if [ "$(cat build/dev-build.rc 2>/dev/null)" != 0 ]; then
      tail -30 build/dev-build.log >&2
      say "the build failed (full log: build/dev-build.log)"
      exit 1
    fi
    say "built build/psauth; scanning samples/"
    rc=0
    ./build/psauth scan samples/ || rc=$?
    # 1 means "findings reported", which is what the samples are for
    [ "$rc" -le 1 ]
    ;;
  test)
    cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DPSAUTH_SANITIZE=address,undefined \
      -DPSAUTH_WERROR=ON >/dev/null
    cmake --build build-test -j"$jobs"
    ctest --test-dir build-test --output-on-failure -j"$jobs"
    ;;
  *)
    echo "usage: tools/dev.sh demo|test" >&2
    exit 2
    ;;
esac
