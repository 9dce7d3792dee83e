#!/usr/bin/env bash
# Installs what is missing, builds into build-test/ with warnings as errors, and runs every test
# headless inside a private D-Bus session with an unlocked gnome-keyring and a temporary HOME.
# Exits with ctest's status. Extra arguments go to ctest (e.g. -L unit).
#
# --sanitize (first argument): the same suite built into build-asan/ with ASan + UBSan + LSan on
# every target, including the sms-tasks and sms-sandbox processes the tests start. Reports go to
# files (children inherit the *SAN_OPTIONS), and the run fails if any report was written.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SANITIZE=0
if [ "${1:-}" = "--sanitize" ]; then
  SANITIZE=1
  shift
fi
BUILD=build-test
CONFIGURE=(-DCMAKE_BUILD_TYPE=Debug -DSMS_WARNINGS_AS_ERRORS=ON)
if [ $SANITIZE -eq 1 ]; then
  BUILD=build-asan
  # ASan makes the Debug suite ~2-3x slower: tests/CMakeLists.txt scales every CTest TIMEOUT.
  CONFIGURE+=(-DSMS_SANITIZE=ON)
fi
scripts/install-deps.sh
# The sanitized tree is always (re)configured, so it cannot silently lose its instrumentation.
if [ ! -f $BUILD/CMakeCache.txt ] || [ $SANITIZE -eq 1 ]; then
  cmake -S . -B $BUILD "${CONFIGURE[@]}"
fi
cmake --build $BUILD -j"$(nproc)"

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

if [ $SANITIZE -eq 1 ]; then
  # One file per reporting process (asan.<pid>, ubsan.<pid>), so a report from a child the test only
  # reads the exit code of is not lost, and no report mixes into output a test compares.
  REPORTS="$ROOT/$BUILD/sanitizer-reports"
  rm -rf "$REPORTS" && mkdir -p "$REPORTS"
  export ASAN_OPTIONS="log_path=$REPORTS/asan:detect_leaks=1:abort_on_error=1:disable_coredump=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
  # abort_on_error: undefined behaviour in a child is a crash, never an exit code it could mean (1).
  export UBSAN_OPTIONS="log_path=$REPORTS/ubsan:print_stacktrace=1:halt_on_error=1:abort_on_error=1"
  # Third-party leaks only, each explained in the file; never a frame of our own code.
  export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizer/lsan.supp:print_suppressions=0"
fi

set +e
dbus-run-session -- bash -c '
  printf "sms-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$0/'$BUILD'" --output-on-failure -j2 "${@}"
' "$ROOT" "$@"
rc=$?
if [ $SANITIZE -eq 1 ]; then
  shopt -s nullglob
  reports=("$REPORTS"/*)
  if [ ${#reports[@]} -gt 0 ]; then
    for f in "${reports[@]}"; do
      echo "==== sanitizer report: $f"
      cat "$f"
    done
    echo "sanitize: FAIL: ${#reports[@]} sanitizer report(s) in $REPORTS" >&2
    [ $rc -ne 0 ] || rc=1
  else
    echo "sanitize: no ASan/UBSan/LSan report"
  fi
fi
exit $rc
