#!/usr/bin/env bash
# Regenerates the README's theme screenshots (docs/screenshots/main-{light,dark,high-contrast}-en.png):
# tst_themes draws the demo window under each palette and saves what it painted. Run after
# scripts/test.sh has built build-test/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p docs/screenshots
SMS_SCREENSHOT_DIR="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen build-test/tests/tst_themes \
    bannersAndTheErrorBarAreReadableInEveryTheme
ls -l docs/screenshots/main-*-en.png
