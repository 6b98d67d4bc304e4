#!/usr/bin/env bash
# Installs the dependencies, then configures and builds netbench with a CMake preset.
# Usage: bash packaging/build.sh [default|ci]   (default: "default", into build/)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

preset=${1:-default}
bash packaging/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
