# The Debian package (scripts/package.sh: cpack -G DEB): sms-task-manager_<version>_amd64.deb with
# Depends computed by dpkg-shlibdeps from what the executables link, and Recommends for what no link
# reveals: Qt's own translations (the standard buttons in Chinese), the fonts of CJK names and emoji,
# a Secret Service for the keychain, and Qt's Wayland platform (else XWayland is used).
set(CPACK_PACKAGE_NAME sms-task-manager)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "SMS Task Manager developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "List and safely delete Huawei Cloud SMS migration tasks")
set(CPACK_PACKAGE_DESCRIPTION
    "SMS Task Manager lists every migration task of a Huawei Cloud Server Migration Service account,\n\
shows which can be deleted and which the service will refuse and why, deletes them in batches\n\
and reports the outcome of every task. Includes the sms-tasks command line and the sms-sandbox\n\
emulator (the built-in demo).")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # name_version_arch.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "SMS Task Manager developers <maintainers@sms-task-manager.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so no link reveals it: Qt's SVG icon and image plugins (every icon is an SVG).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, fonts-noto-cjk, fonts-noto-color-emoji, gnome-keyring | keepassxc, qt6-wayland")
set(CPACK_GENERATOR DEB)
include(CPack)
