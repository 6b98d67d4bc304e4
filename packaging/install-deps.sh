#!/usr/bin/env bash
# Installs what building and testing netbench needs on Debian 12 (bookworm).
# Idempotent: when every package is already installed, apt is not touched at all.
# Set NETBENCH_SKIP_DEPS=1 to skip this step on a machine you manage yourself.
set -euo pipefail

packages=(
    cmake
    ninja-build
    g++                    # with gcc's ASan, UBSan and TSan runtimes (the asan and tsan presets)
    clang-14               # the fuzz preset's compiler (packaging/fuzz.sh)
    libclang-rt-14-dev     # libFuzzer and clang's sanitizer runtimes
    clang-format           # the style check (packaging/check-format.sh, CTest style.clang-format)
    clang-tidy             # packaging/tidy.sh on the files a change touched
    qt6-base-dev           # QtCore, QtNetwork, QtWidgets, QtTest and their CMake configs
    libqt6svg6             # the SVG icon engine the window's icons need
    qt6-declarative-dev    # QtQml, for the script runtime
    qt6-declarative-dev-tools  # qmlcachegen: the runtime's modules compiled to bytecode
    qt6-tools-dev          # Qt6LinguistTools and friends for CMake
    qt6-tools-dev-tools
    qt6-l10n-tools         # lupdate, lrelease
    libgl-dev              # Qt6Gui's CMake config looks for OpenGL
    socat                  # an independent peer in the network tests
    xvfb                   # a real X server for GUI screenshots
    xauth                  # xvfb-run needs it
    lintian                # the package's checks (tests/packaging)
    desktop-file-utils     # desktop-file-validate
    appstream              # appstreamcli validate
    dpkg-dev               # dpkg-shlibdeps (CPack's Depends), dpkg-parsechangelog
    man-db                 # man -l renders the manual page (with groff-base)
    bash-completion        # the completions' test loads it, as a user's bash does
    zsh                    # ... and asks zsh and fish too
    fish
)

if [[ "${NETBENCH_SKIP_DEPS:-0}" == 1 ]]; then
    exit 0
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true)
    [[ "$status" == "ii"* ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: apt-get not found; this script supports Debian 12. Install these" \
         "yourself (or set NETBENCH_SKIP_DEPS=1): ${missing[*]}" >&2
    exit 1
fi

# sudo may ask for a password only when someone is there to type it.
if [[ $(id -u) -eq 0 ]]; then
    as_root=(env)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n env)
elif command -v sudo >/dev/null 2>&1 && [[ -t 0 ]]; then
    as_root=(sudo env)
else
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: run this script as root or with sudo rights, or install them" \
         "yourself and set NETBENCH_SKIP_DEPS=1." >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get update
"${as_root[@]}" DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
