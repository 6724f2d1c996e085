# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` and `cpack -G DEB`: the executable, a desktop entry, the icon in the hicolor
# theme and the MIME type of .uplan projects, so that a double-click on a project opens it.
include(GNUInstallDirs)
set(uplan_docdir ${CMAKE_INSTALL_DATADIR}/doc/upgrade-planner)

install(TARGETS upgrade-planner RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} BUNDLE DESTINATION .)
set(uplan_desktop ${PROJECT_SOURCE_DIR}/resources/desktop)
install(FILES ${uplan_desktop}/upgrade-planner.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${uplan_desktop}/upgrade-planner.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${uplan_desktop}/upgrade-planner.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
install(FILES ${PROJECT_SOURCE_DIR}/resources/sample-estate.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/upgrade-planner)
# Debian wants the licences under /usr/share/doc/<package>/copyright; the lifecycle data's
# notice goes beside it.
install(FILES ${PROJECT_SOURCE_DIR}/COPYING DESTINATION ${uplan_docdir} RENAME copyright)
install(FILES ${PROJECT_SOURCE_DIR}/resources/lifecycle/LICENSE
        DESTINATION ${uplan_docdir} RENAME lifecycle-data-LICENSE)
install(FILES ${PROJECT_SOURCE_DIR}/resources/lifecycle/NOTICE
        DESTINATION ${uplan_docdir} RENAME lifecycle-data-NOTICE)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${uplan_docdir})

set(CPACK_PACKAGE_NAME upgrade-planner)
set(CPACK_PACKAGE_VENDOR "Upgrade Planner")
set(CPACK_PACKAGE_CONTACT "Upgrade Planner developers <upgrade-planner@upgrade-planner.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "A desktop workbench for upgrading IT estates: the dependency graph with versions, "
    "compatibility conflicts in every intermediate state, the upgrade order in waves, "
    "maintenance windows with backup, verification and rollback, and a signed plan for the "
    "change board.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/COPYING)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://upgrade-planner.example")
# The libraries the executable links come from dpkg-shlibdeps; Qt's plugins it loads at run
# time are named: the SQLite driver (projects), the X11/Wayland platforms and the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, fonts-dejavu-core, fonts-dejavu-extra, tzdata")
# A font with Chinese glyphs for the Simplified Chinese GUI.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, qt6-translations-l10n, fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_GENERATOR DEB)
include(CPack)
