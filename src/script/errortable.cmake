# Turns netcore's table of ERR_* codes (src/net/errorcodes.def) into the script runtime's
# module internal/error_table, wrapped as wrapmodule.cmake wraps the other modules: its exports
# map each code to [class, message template]. The string literals are copied as they are: the
# table allows only the escapes that mean the same in C++ and JS. Any entry this script cannot
# read stops the build, so the two sides never hold different sets of codes.
# cmake -DIN=errorcodes.def -DOUT=error_table.mjs -P errortable.cmake
file(READ "${IN}" text)
string(REGEX MATCHALL "NETCORE_ERROR_CODE\\(" calls "${text}")
list(LENGTH calls expected)

file(STRINGS "${IN}" lines REGEX "^NETCORE_ERROR_CODE\\(")
set(entries "")
set(count 0)
foreach(line IN LISTS lines)
    if(NOT line MATCHES "^NETCORE_ERROR_CODE\\(([A-Z0-9_]+), (Error|TypeError|RangeError), (\"([^\"\\\\]|\\\\[\"\\\\])*\")\\)$")
        message(FATAL_ERROR "${IN}: cannot read this entry (see the format at the top):\n${line}")
    endif()
    string(APPEND entries "    ${CMAKE_MATCH_1}: [${CMAKE_MATCH_2}, ${CMAKE_MATCH_3}],\n")
    math(EXPR count "${count} + 1")
endforeach()
if(NOT count EQUAL expected)
    message(FATAL_ERROR "${IN}: ${expected} entries, ${count} of them on one line each as the "
                        "format asks")
endif()

file(WRITE "${OUT}.tmp"
     "export default function (exports, require, module, internalBinding) { 'use strict';\n"
     "// Generated from src/net/errorcodes.def by src/script/errortable.cmake: edit the table.\n"
     "module.exports = {\n${entries}};\n}\n")
file(RENAME "${OUT}.tmp" "${OUT}")
