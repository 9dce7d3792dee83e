#!/usr/bin/env bash
# Builds sms-bench, sms-tasks and sms-sandbox in Release into build-bench/ (SMS_BENCH_BUILD=dir for
# another) and runs the standard set of README "Performance", printing the table. Arguments go to
# sms-bench: --json for machines, --runs R, or one scenario, e.g.
#   scripts/bench.sh                                  # the standard set, a table
#   scripts/bench.sh --json > bench.json              # the same as JSON
#   scripts/bench.sh list --tasks 50000 --latency-ms 50 --runs 5
# Progress and build output go to standard error; the report alone to standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${SMS_BENCH_BUILD:-build-bench}
scripts/install-deps.sh >&2
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >&2
fi
type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
if [ "$type" != "Release" ]; then
  echo "bench.sh: $BUILD is a '$type' build; the figures mean something in Release only" >&2
fi
cmake --build "$BUILD" -j"$(nproc)" --target sms-bench sms-tasks sms-sandbox >&2
# The official Node.js SDK core for the side-by-side scenario, as the interop test installs it.
if [ -x tests/interop/install.sh ]; then
  tests/interop/install.sh >&2 || echo "bench.sh: the SDK could not be installed; the sdk scenario will say so" >&2
fi
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
exec "$BUILD/bin/sms-bench" "$@"
