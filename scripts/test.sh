#!/usr/bin/env bash
# Installs what is missing, builds into build-test/ with warnings as errors, and runs every test
# headless inside a private D-Bus session with an unlocked gnome-keyring and a temporary HOME.
# Exits with ctest's status. Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
scripts/install-deps.sh
if [ ! -f build-test/CMakeCache.txt ]; then
  cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DSMS_WARNINGS_AS_ERRORS=ON
fi
cmake --build build-test -j"$(nproc)"

# The official Node.js SDK for the interop test, installed into a cache outside the source tree.
if [ -x tests/interop/install.sh ]; then
  tests/interop/install.sh
fi

TEST_HOME=$(mktemp -d -t sms-test-home.XXXXXX)
trap 'rm -rf "$TEST_HOME"' EXIT
export SMS_NPM_CACHE="${SMS_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sms-task-manager/npm}"
export HOME="$TEST_HOME" XDG_CONFIG_HOME="$TEST_HOME/.config" XDG_DATA_HOME="$TEST_HOME/.local/share" \
       XDG_CACHE_HOME="$TEST_HOME/.cache" XDG_RUNTIME_DIR="$TEST_HOME/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS || true

set +e
dbus-run-session -- bash -c '
  printf "sms-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$0/build-test" --output-on-failure -j2 "${@}"
' "$ROOT" "$@"
rc=$?
exit $rc
