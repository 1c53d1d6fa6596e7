# CPack: `cpack -G DEB` in the build folder makes reskontra_<version>_amd64.deb
# (issue 7 item 9): both programs (stripped), the compiled translations, the
# desktop entry and its icon, and the manual page of reskontra-cli. Depends
# comes from dpkg-shlibdeps (the Qt 6, libxlsxwriter and libsodium libraries
# the programs link) plus what they load at run time: the Qt SQL drivers, and
# the DejaVu fonts the PDFs embed. The ctest test installer/deb builds the
# package and checks it (installer/check-deb.sh).
include(GNUInstallDirs)
# Installing (and so cpack) takes what the build made and does not build it
# again: installer/deb runs beside the other tests, whose programs a build
# started from there could relink under them.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

install(FILES ${CMAKE_SOURCE_DIR}/installer/reskontra.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/installer/icons/reskontra.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_SOURCE_DIR}/installer/icons/reskontra.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps)

# The .qm files lrelease makes for reskontra_ui (ui/CMakeLists.txt). The
# programs carry them as resources too; installed, they can be read and
# replaced by the municipality's own wording.
get_directory_property(_reskontra_qm DIRECTORY ${CMAKE_SOURCE_DIR}/ui DEFINITION RESKONTRA_QM_FILES)
install(FILES ${_reskontra_qm} DESTINATION ${CMAKE_INSTALL_DATADIR}/reskontra/translations)

# reskontra-cli(1): written by hand (installer/reskontra-cli.1), the version
# filled in when configured, gzipped when built.
set(_man_dir ${CMAKE_BINARY_DIR}/installer)
configure_file(${CMAKE_SOURCE_DIR}/installer/reskontra-cli.1 ${_man_dir}/man/reskontra-cli.1 @ONLY)
find_program(RESKONTRA_GZIP gzip REQUIRED)
add_custom_command(OUTPUT ${_man_dir}/reskontra-cli.1.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${_man_dir}/man/reskontra-cli.1 ${_man_dir}/reskontra-cli.1
    COMMAND ${RESKONTRA_GZIP} -9 -n -f ${_man_dir}/reskontra-cli.1
    DEPENDS ${_man_dir}/man/reskontra-cli.1
    COMMENT "Compressing the manual page reskontra-cli.1"
    VERBATIM)
add_custom_target(reskontra_manpage ALL DEPENDS ${_man_dir}/reskontra-cli.1.gz)
install(FILES ${_man_dir}/reskontra-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_PACKAGE_NAME "reskontra")
set(CPACK_PACKAGE_VENDOR "Reskontra")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Kundreskontra för kommuner (accounts receivable ledger)")
set(CPACK_PACKAGE_DESCRIPTION
    "Reskontra keeps a municipality's customer invoices and their payments: BgMax and
Total-IN payment files, reminders and collection demands, interest, bookkeeping
(SIE 4) and reports. reskontra is the desktop program for billing clerks,
reskontra-cli the batch interface for scheduled runs. One SQLite file per
ledger, or a PostgreSQL database shared by several workstations.")
set(CPACK_PACKAGE_CONTACT "it-support@kommun.example")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # reskontra_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, fonts-dejavu-core")
# backup/restore of a PostgreSQL ledger (pg_dump, pg_restore, psql); Qt's own
# Swedish texts in standard dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-client, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_COMPRESSION_TYPE "gzip")
include(CPack)

if(RESKONTRA_BUILD_TESTS)
    add_test(NAME installer/deb
             COMMAND ${CMAKE_SOURCE_DIR}/installer/check-deb.sh ${CMAKE_BINARY_DIR}
                     ${PROJECT_VERSION})
    set_tests_properties(installer/deb PROPERTIES LABELS installer TIMEOUT 900)
endif()
