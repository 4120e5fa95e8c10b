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
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
    cmake --build build -j"$jobs" >/dev/null
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
