# packaging/changelog.cmake on a CHANGELOG.md with every character it must carry through
# (CMake's list characters ; [ ] and its own separator |, XML's & < >), wrapped items, an
# Unreleased section and dates whose weekdays are known.
# Usage: cmake -DSOURCE_DIR=<repository> -DWORK_DIR=<scratch folder> -P changelog-test.cmake
include(${SOURCE_DIR}/packaging/changelog.cmake)

file(WRITE ${WORK_DIR}/CHANGELOG.md [=[
# Changelog

Prose is left out.

## Unreleased

- Not released yet, not packaged.

## 0.2.0 - 2024-02-29

- Connect to [::1]:8080; a|b & <c> stay as they are.
- A long item whose words go on and on so that the Debian changelog has to wrap it onto a
  second line, where it is indented by four spaces.

## 0.1.0 - 2027-01-15

- First.
]=])

netbench_read_changelog(${WORK_DIR}/CHANGELOG.md releases)
list(LENGTH releases count)
if(NOT count EQUAL 2)
    message(FATAL_ERROR "expected 2 releases, read ${count}: ${releases}")
endif()

netbench_write_debian_changelog("${releases}" netbench "N <n@example.org>" ${WORK_DIR}/changelog)
file(READ ${WORK_DIR}/changelog debian)
set(expected [=[
netbench (0.2.0) unstable; urgency=medium

  * Connect to [::1]:8080; a|b & <c> stay as they are.
  * A long item whose words go on and on so that the Debian changelog has to
    wrap it onto a second line, where it is indented by four spaces.

 -- N <n@example.org>  Thu, 29 Feb 2024 00:00:00 +0000

netbench (0.1.0) unstable; urgency=medium

  * First.

 -- N <n@example.org>  Fri, 15 Jan 2027 00:00:00 +0000
]=])
if(NOT debian STREQUAL expected)
    message(FATAL_ERROR "Debian changelog:\n${debian}\nexpected:\n${expected}")
endif()

netbench_appstream_releases("${releases}" xml)
set(expected [=[
    <release version="0.2.0" date="2024-02-29">
      <description>
        <ul>
          <li>Connect to [::1]:8080; a|b &amp; &lt;c&gt; stay as they are.</li>
          <li>A long item whose words go on and on so that the Debian changelog has to wrap it onto a second line, where it is indented by four spaces.</li>
        </ul>
      </description>
    </release>
    <release version="0.1.0" date="2027-01-15">
      <description>
        <ul>
          <li>First.</li>
        </ul>
      </description>
    </release>]=])
if(NOT xml STREQUAL expected)
    message(FATAL_ERROR "AppStream releases:\n${xml}\nexpected:\n${expected}")
endif()
message(STATUS "ok: both outputs as expected")
