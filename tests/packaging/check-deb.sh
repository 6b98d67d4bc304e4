#!/usr/bin/env bash
# Makes the .deb from a built tree and checks it as a user's system would: lintian finds no
# error or warning, it holds every file the package promises, its control fields name the
# libraries, the Qt translations and a maintainer with an address, its changelog is for this
# version, and, unpacked into a throw-away root, its program runs (netbench --version) and
# its desktop entry, AppStream metadata and icons pass their validators.
# The project's address (NETBENCH_HOMEPAGE) is the one in every place that names it.
# Usage: check-deb.sh BUILD_DIR VERSION HOMEPAGE SOURCE_DIR
# Exits 77 (skipped) when a checker is not installed: packaging/install-deps.sh installs them.
set -uo pipefail
build=$1
version=$2
homepage=$3
source=$4

for tool in cpack:cmake dpkg-deb:dpkg lintian:lintian desktop-file-validate:desktop-file-utils \
            appstreamcli:appstream dpkg-parsechangelog:dpkg-dev; do
    if ! command -v "${tool%%:*}" >/dev/null; then
        echo "SKIPPED: ${tool%%:*} is not installed (package ${tool##*:})"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
problems=0
problem() {
    echo "PROBLEM: $*"
    problems=$((problems + 1))
}

if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack could not make the package"
    exit 1
fi
deb=$(echo "$work"/out/netbench_"$version"_*.deb)
if [[ ! -f $deb ]]; then
    ls "$work/out"
    echo "FAIL: no netbench_${version}_*.deb was made"
    exit 1
fi
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# lintian: nothing at error or warning level (its exit status says so with --fail-on).
if ! lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1; then
    grep -v 'running with root privileges' "$work/lintian.log"
    problem "lintian reports errors or warnings (explain any you keep in packaging/README.md" \
            "and override it in the package)"
fi

# The files the package promises.
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/contents"
expected=(
    /usr/bin/netbench
    /usr/libexec/netbench/netbench-window
    /usr/share/man/man1/netbench.1.gz
    /usr/share/doc/netbench/copyright
    /usr/share/doc/netbench/changelog.gz
    /usr/share/applications/netbench.desktop
    /usr/share/metainfo/io.github.netbench.netbench.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/netbench.svg
    /usr/share/bash-completion/completions/netbench
    /usr/share/zsh/vendor-completions/_netbench
    /usr/share/fish/vendor_completions.d/netbench.fish
)
sizes=(16 32 48 64 128 256)
for size in "${sizes[@]}"; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/netbench.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$work/contents" || problem "the package lacks $path"
done

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
depends=$(field Depends)
for library in libc6 libqt6core6 libqt6network6 libqt6gui6 libqt6widgets6 libqt6qml6 libqt6svg6; do
    grep -qE "(^|, )$library( |,|$)" <<<"$depends" || problem "Depends lacks $library: $depends"
done
[[ $(field Recommends) == *qt6-translations-l10n* ]] ||
    problem "Recommends lacks qt6-translations-l10n: $(field Recommends)"
[[ $(field Recommends) == *fonts-noto-cjk* ]] ||
    problem "Recommends lacks a font for Chinese and Japanese (fonts-noto-cjk): $(field Recommends)"
[[ $(field Homepage) == "$homepage" ]] ||
    problem "Homepage is '$(field Homepage)', not NETBENCH_HOMEPAGE ($homepage)"
[[ $(field Maintainer) =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] ||
    problem "Maintainer has no name and address: $(field Maintainer)"
[[ $(field Description | wc -l) -gt 3 ]] || problem "the extended description is missing"
# CPack takes the description as a CMake list: a quote or semicolon in it comes out mangled.
! field Description | grep -q '[;"]' ||
    problem "the description has a ; or \" (CPack mangles them): $(field Description)"

# Unpacked into a throw-away root.
root=$work/root
dpkg-deb -x "$deb" "$root"
said=$("$root/usr/bin/netbench" --version 2>&1)
[[ $said == "netbench $version" ]] ||
    problem "the packaged netbench --version says '$said', not 'netbench $version'"
manpage=$root/usr/share/man/man1/netbench.1.gz
if [[ -f $manpage ]] && ! LC_ALL=C.UTF-8 man -l "$manpage" 2>/dev/null | grep -q '^NAME'; then
    problem "man -l cannot show the packaged manual page"
fi
changelog_version=$(zcat "$root/usr/share/doc/netbench/changelog.gz" | dpkg-parsechangelog -l- -S Version)
[[ $changelog_version == "$version" ]] ||
    problem "the changelog's newest entry is $changelog_version, the package $version" \
            "(CHANGELOG.md's newest release and project(VERSION) in CMakeLists.txt disagree)"
if ! desktop-file-validate "$root/usr/share/applications/netbench.desktop" >"$work/desktop.log" 2>&1 ||
        [[ -s $work/desktop.log ]]; then
    cat "$work/desktop.log"
    problem "desktop-file-validate does not pass the desktop entry"
fi
# --no-net: no fetching of the screenshots' and home page's URLs in a test.
if ! appstreamcli validate --no-net --explain \
        "$root/usr/share/metainfo/io.github.netbench.netbench.metainfo.xml" >"$work/appstream.log" 2>&1; then
    cat "$work/appstream.log"
    problem "appstreamcli validate does not pass the AppStream metadata"
fi
# One address everywhere: the metainfo, the manual page, the copyright file, the About box
# (in the program) and CONTRIBUTING.md.
for place in "$root/usr/share/metainfo/io.github.netbench.netbench.metainfo.xml" \
             "$root/usr/share/doc/netbench/copyright" "$source/CONTRIBUTING.md"; do
    grep -qF "$homepage" "$place" || problem "$place does not name $homepage (NETBENCH_HOMEPAGE)"
done
# The program holds its texts in UTF-16; the About box is the window's (netbench execs it).
strings -el "$root/usr/libexec/netbench/netbench-window" | grep -F "$homepage" >/dev/null ||
    problem "the program (its About box) does not name $homepage"
# grep reads to the end (no -q): a writer cut short by SIGPIPE would fail the pipeline.
zcat "$manpage" | grep -F "$homepage" >/dev/null || problem "the manual page does not name $homepage"
for size in "${sizes[@]}"; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/netbench.png
    [[ -f $png ]] || continue
    # A PNG's width and height are the big-endian words at bytes 16 and 20 of its IHDR chunk.
    dimensions=$(od -An -tu1 -j16 -N8 "$png" |
        awk '{ printf "%dx%d", $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
    [[ $dimensions == "${size}x${size}" ]] ||
        problem "the ${size}x${size} icon is $dimensions (run packaging/make-icons.sh)"
done

if ((problems > 0)); then
    echo "FAIL: $problems problem(s) with the package"
    exit 1
fi
echo "ok: lintian, desktop-file-validate and appstreamcli pass; netbench --version runs from the package"
