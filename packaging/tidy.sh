#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy: a small set of bug-prone and performance checks) on the C++ files
# that changed since BASE, with the compile commands of a configured build.
#   packaging/tidy.sh [BASE] [BUILD_DIR]     defaults: HEAD~1 (the last commit), build-ci
#   packaging/tidy.sh --all [BUILD_DIR]      every source file (slow: minutes)
# A finding fails the run (.clang-tidy sets WarningsAsErrors).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

base=${1:-HEAD~1}
build=${2:-build-ci}
clang_tidy=${CLANG_TIDY:-clang-tidy}
if ! command -v "$clang_tidy" >/dev/null 2>&1; then
    echo "tidy: $clang_tidy is not installed (packaging/install-deps.sh installs it)" >&2
    exit 1
fi
if [[ ! -f "$build/compile_commands.json" ]]; then
    echo "tidy: $build/compile_commands.json is missing: configure that build first" >&2
    exit 1
fi

if [[ "$base" == --all ]]; then
    mapfile -t files < <(git ls-files -- 'src/*.cpp' 'tests/*.cpp' 'bench/*.cpp')
elif ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
    echo "tidy: no commit '$base' in this clone: nothing to compare with, nothing checked"
    exit 0
else
    # Sources only: a header is checked through the sources that include it.
    mapfile -t files < <(git diff --name-only --diff-filter=AMR "$base" -- \
                             'src/*.cpp' 'tests/*.cpp' 'bench/*.cpp')
fi
if [[ ${#files[@]} -eq 0 ]]; then
    echo "tidy: no C++ source changed since $base"
    exit 0
fi
echo "tidy: checking ${#files[@]} file(s) changed since $base"
# clang-tidy counts the warnings it suppressed in system headers on stderr: drop that noise.
printf '%s\0' "${files[@]}" \
    | xargs -0 -P "$(nproc)" -n 4 "$clang_tidy" -p "$build" --quiet \
          2> >(grep -v ' warnings generated\.$' >&2)
echo "tidy: ${#files[@]} file(s) clean"
