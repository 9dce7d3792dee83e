#!/usr/bin/env bash
# The delete soak (tests/e2e/tst_soak.cpp) for longer than CI runs it: builds tst_soak and sms-tasks
# into build-soak/ (Debug, warnings as errors, as scripts/test.sh builds) and runs N rounds from SEED,
# headless, in a temporary HOME. The last line of its output is the summary; a failing round prints
# the seed and round that reproduce it. Exits with the test's status.
#
#   scripts/soak.sh N [SEED]      e.g. scripts/soak.sh 1000, scripts/soak.sh 200 7
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-200}
SEED=${2:-}
case "$ROUNDS" in '' | *[!0-9]*) echo "usage: scripts/soak.sh N [SEED]" >&2; exit 2 ;; esac
case "$SEED" in *[!0-9]*) echo "usage: scripts/soak.sh N [SEED] (SEED a whole number)" >&2; exit 2 ;; esac
BUILD=build-soak
scripts/install-deps.sh
if [ ! -f $BUILD/CMakeCache.txt ]; then
  cmake -S . -B $BUILD -DCMAKE_BUILD_TYPE=Debug -DSMS_WARNINGS_AS_ERRORS=ON
fi
cmake --build $BUILD -j"$(nproc)" --target tst_soak sms-tasks

SOAK_HOME=$(mktemp -d -t sms-soak-home.XXXXXX)
trap 'rm -rf "$SOAK_HOME"' EXIT
export HOME="$SOAK_HOME" XDG_CONFIG_HOME="$SOAK_HOME/.config" XDG_DATA_HOME="$SOAK_HOME/.local/share" \
       XDG_CACHE_HOME="$SOAK_HOME/.cache" XDG_RUNTIME_DIR="$SOAK_HOME/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 SMS_SOAK_ROUNDS="$ROUNDS"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS || true
if [ -n "$SEED" ]; then
  export SMS_SOAK_SEED="$SEED"
fi
set +e
$BUILD/tests/tst_soak soak
