#!/usr/bin/env bash
# Installs a build into a temporary DESTDIR and checks what a package ships: the three executables,
# the icon in every size, the desktop file and the metainfo (each validated), the man pages; then
# runs the installed sms-tasks --version and the installed GUI offscreen on the demo in Chinese, which
# must show Qt's own translation of a standard button (qtbase_zh_CN, found where Qt is installed).
# A missing tool fails the check; scripts/install-deps.sh installs them.
#   check-install.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in desktop-file-validate appstreamcli od timeout; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh installs it)"
done
dest=$(mktemp -d -t sms-install.XXXXXX)
home=$(mktemp -d -t sms-install-home.XXXXXX)
trap 'rm -rf "$dest" "$home"' EXIT
DESTDIR=$dest cmake --install "$build" --prefix /usr >/dev/null
p=$dest/usr
id=io.github.smstaskmanager.SmsTaskManager

for b in sms-task-manager sms-tasks sms-sandbox; do
  [ -x "$p/bin/$b" ] || fail "bin/$b is not installed"
done
png_size() { # width x height from the PNG's IHDR
  local w h
  w=$(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
  h=$(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
  echo "${w}x${h}"
}
for s in 16 22 24 32 48 64 128 256 512; do
  f=$p/share/icons/hicolor/${s}x${s}/apps/$id.png
  [ -s "$f" ] || fail "the ${s}x${s} icon is missing"
  [ "$(png_size "$f")" = "${s}x${s}" ] || fail "the ${s}x${s} icon is $(png_size "$f")"
done
[ -s "$p/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "the scalable icon is missing"
for page in sms-task-manager sms-tasks sms-sandbox; do
  grep -q "^.TH " "$p/share/man/man1/$page.1" 2>/dev/null || fail "man page $page.1 is missing"
  ! grep -q "@PROJECT_VERSION@" "$p/share/man/man1/$page.1" || fail "$page.1 was not configured"
done
desktop=$p/share/applications/$id.desktop
[ -s "$desktop" ] || fail "the desktop file is missing"
desktop-file-validate "$desktop" || fail "desktop-file-validate reports errors"
metainfo=$p/share/metainfo/$id.metainfo.xml
[ -s "$metainfo" ] || fail "the metainfo is missing"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli reports errors"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo does not name release $version"

out=$("$p/bin/sms-tasks" --version)
[ "$out" = "sms-tasks $version" ] || fail "sms-tasks --version printed '$out'"
out=$(cd "$home" && env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
  QT_QPA_PLATFORM=offscreen timeout 120 "$p/bin/sms-task-manager" --demo --lang zh_CN --check-install 2>/dev/null) ||
  fail "the installed GUI's demo check failed: $out"
case "$out" in
  *"a standard button reads: 取消"*) ;;
  *) fail "the installed GUI shows no Chinese standard button (qtbase_zh_CN): $out" ;;
esac
echo "PASS: installed tree complete and valid; $out"
