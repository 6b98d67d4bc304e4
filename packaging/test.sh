#!/usr/bin/env bash
# Installs the dependencies and runs every check, slowest-to-fail last:
#   1. builds with warnings as errors (preset "ci", into build-ci/), so a warning stops it early,
#      and runs clang-tidy on the sources the last commit changed (packaging/tidy.sh; set
#      NETBENCH_TIDY_BASE to a commit to check everything changed since it);
#   2. builds and runs the whole suite under AddressSanitizer + UndefinedBehaviorSanitizer
#      (preset "asan", into build-asan/; a report fails its test);
#   3. runs each libFuzzer target for 30 s (packaging/fuzz.sh, into build-fuzz/);
#   4. runs the whole suite of the ci build. CTest's own output ends the run and its status is
#      the script's status.
# Each step says how long it took, on stderr.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() {
    local started=$SECONDS
    "$@"
    echo "test.sh: '$*' took $((SECONDS - started)) s" >&2
}

step bash packaging/build.sh ci
step bash packaging/tidy.sh "${NETBENCH_TIDY_BASE:-HEAD~1}" build-ci
step cmake --preset asan
step cmake --build --preset asan
step ctest --preset asan --no-label-summary
step bash packaging/fuzz.sh 30
exec ctest --preset ci --no-label-summary
