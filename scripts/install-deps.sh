#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the demo and the tests need, only those missing.
# Used by demo.sh, test.sh and package.sh (CPack's DEB needs dpkg-dev and file); safe to run again
# (a second run installs nothing and takes a second).
# --fuzz adds clang and its runtimes (libFuzzer, ASan, UBSan) for scripts/fuzz.sh only.
set -euo pipefail

PACKAGES=(
  cmake make g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libxkbcommon-dev
  xvfb xauth x11-utils dbus dbus-x11 gnome-keyring fonts-noto-cjk fonts-noto-color-emoji openssl
  desktop-file-utils appstream dpkg-dev file
)
# Node.js and npm run the official SDK interop test; install Debian's only where they are missing.
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)
if [ "${1:-}" = "--fuzz" ]; then
  PACKAGES+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
