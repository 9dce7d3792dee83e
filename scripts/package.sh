#!/usr/bin/env bash
# Builds the Debian package sms-task-manager_<version>_amd64.deb into the repository's root folder:
# a Release build without tests in build-pkg/ (SMS_PACKAGE_BUILD=dir for another), then CPack, whose
# Depends come from dpkg-shlibdeps (dpkg-dev) and whose Recommends are in cmake/Packaging.cmake.
# Install it with: sudo apt-get install ./sms-task-manager_<version>_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${SMS_PACKAGE_BUILD:-build-pkg}
scripts/install-deps.sh
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DSMS_BUILD_TESTS=OFF
cmake --build "$BUILD" -j"$(nproc)"
(cd "$BUILD" && cpack -G DEB)
deb=$(ls -t "$BUILD"/sms-task-manager_*_amd64.deb | head -1)
cp "$deb" .
dpkg-deb --field "$(basename "$deb")" Package Version Architecture Depends Recommends
echo "built $(basename "$deb")"
