#!/usr/bin/env bash
# Checks that every C++ file in git follows .clang-format (Qt's house style, 100 columns).
#   packaging/check-format.sh          list the files that differ, exit 1 if any
#   packaging/check-format.sh --fix    reformat them in place
# Exits 77 (CTest's "skipped") when clang-format or git is not installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null 2>&1 || ! command -v git >/dev/null 2>&1 \
        || ! git rev-parse --git-dir >/dev/null 2>&1; then
    echo "check-format: needs clang-format and a git checkout; skipped" >&2
    exit 77
fi

mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
if [[ "${1:-}" == --fix ]]; then
    printf '%s\0' "${files[@]}" | xargs -0 "$clang_format" -i
    exit 0
fi

# One clang-format per batch of files; --dry-run prints a warning per badly formatted line.
report=$(printf '%s\0' "${files[@]}" | xargs -0 "$clang_format" --dry-run 2>&1 || true)
if [[ -n "$report" ]]; then
    bad=$(grep -oE '^[^:]+\.(cpp|h):' <<<"$report" | sort -u | tr -d ':')
    echo "check-format: these files differ from .clang-format (fix: packaging/check-format.sh --fix):" >&2
    echo "$bad" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files follow .clang-format"
