# Debian package of the netbench program: `cpack --config build/CPackConfig.cmake`, or
# `cmake --build build --target package`. Included from the top CMakeLists.txt after every
# install() rule, so the package holds what those rules install.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME netbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "netbench developers")

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "netbench developers")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6, libqt6network6, libqt6gui6, libqt6widgets6, libqt6qml6, libqt6svg6")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)  # RelWithDebInfo binaries carry their debug info; the package does not

include(CPack)
