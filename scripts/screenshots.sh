#!/usr/bin/env bash
# Regenerates the README's screenshots in docs/screenshots/: the UI tests save what they painted at
# their most telling moment (tst_themes: each palette; tst_overview: filters, summary, the confirm
# dialog in both languages; tst_newcomer: a selection and the results; tst_stopdelete: the stop and
# delete dialog in both languages; tst_sourcecleanup: the source-record removal's outcome in both
# languages). Run after scripts/test.sh
# has built build-test/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p docs/screenshots
SMS_SCREENSHOT_DIR="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen build-test/tests/tst_themes \
    bannersAndTheErrorBarAreReadableInEveryTheme
for t in tst_overview tst_newcomer tst_stopdelete tst_sourcecleanup; do
  SMS_SCREENSHOT_DIR="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen "build-test/tests/$t" >/dev/null
done
ls -l docs/screenshots/*.png
