# The Debian package: `cmake --build build --target package` (or `cpack --config
# build/CPackConfig.cmake`) writes build/netbench_<version>_amd64.deb. Included at the end of
# packaging/CMakeLists.txt, which sets NETBENCH_MAINTAINER and NETBENCH_HOMEPAGE; the package
# holds what the install() rules install. tests/packaging checks it with lintian.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME netbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${NETBENCH_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${NETBENCH_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for TCP and Unix domain sockets")
# The extended description: paragraphs of plain text, which CPack indents for Debian. No
# double quotes or semicolons: CPack's formatting takes the text as a list and mangles them.
set(CPACK_PACKAGE_DESCRIPTION [[
netbench shows what TCP and Unix domain sockets really do: every listening,
connection, data, drain, end, timeout, error and close event on both sides,
in order and with times, and every call that changed a socket's state.

Underneath is a C++ implementation of Node.js's net module (half-close,
backpressure, Node's event order, error codes and messages) on Qt's event
loop. On top of it, a window opens listeners and clients, shows their events
live and the kernel's view of each socket, sends text, hex or files and
shows each conversation. netbench run runs Node-style net scripts unchanged,
netbench listen and netbench connect relay standard input and output over a
socket, as ncat does, and every command can print readable event lines or
write a JSON Lines trace to review later.]])

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${NETBENCH_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
# Libraries from dpkg-shlibdeps; the SVG icon engine is a plugin Qt loads, which no linker sees.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# Qt's own texts (standard buttons, file dialogs) in the user's language, and a font with
# Chinese and Japanese glyphs: without one the window shows those translations as boxes. Noto
# CJK is what Debian's Chinese and Japanese desktops install; WenQuanYi Micro Hei (5 MB
# against 90) already satisfies it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)  # RelWithDebInfo binaries carry their debug info; the package does not

include(CPack)
