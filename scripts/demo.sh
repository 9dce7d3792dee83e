#!/usr/bin/env bash
# Installs what is missing, builds (Release) into build/, and opens the app on the built-in sandbox.
# Extra arguments go to the app, e.g. scripts/demo.sh --lang zh_CN
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSMS_BUILD_TESTS=OFF
fi
cmake --build build -j"$(nproc)"
exec build/bin/sms-task-manager --demo "$@"
