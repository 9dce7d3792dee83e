#!/bin/sh
# Installs the interop test's pinned npm packages (Huawei Cloud's official Node.js SDK core and
# uuid, exactly as package-lock.json says) into a cache outside the source tree, and prints the
# directory that holds node_modules. Idempotent: a second run with the same lockfile does nothing.
#
#   tests/interop/install.sh            # installs if needed, prints the directory
#   SMS_INTEROP_NPM_DIR=/some/dir tests/interop/install.sh   (SMS_NPM_CACHE is honoured too)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
dir=${SMS_INTEROP_NPM_DIR:-${SMS_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sms-task-manager/npm}}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "install.sh: node and npm are needed (Debian: apt-get install nodejs npm)" >&2
    exit 1
fi

mkdir -p "$dir"
stamp="$dir/.lock-sha256"
want=$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
    && [ -f "$dir/node_modules/@huaweicloud/huaweicloud-sdk-core/package.json" ] \
    && [ -f "$dir/node_modules/uuid/package.json" ]; then
    echo "$dir"
    exit 0
fi

cp "$here/package.json" "$here/package-lock.json" "$dir/"
rm -f "$stamp"
# npm ci installs exactly the lockfile; no install scripts run.
(cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
echo "$want" > "$stamp"
echo "$dir"
