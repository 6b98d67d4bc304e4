#!/usr/bin/env bash
# Installs the dependencies, builds with warnings as errors (preset "ci", into build-ci/) and
# runs every test. CTest's own output ends the run and its status is the script's status.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash packaging/build.sh ci
exec ctest --preset ci --no-label-summary
