#!/usr/bin/env bash
# Installs the dependencies, builds (preset "default", into build/) and runs netbench with the
# given arguments, from the caller's directory so relative paths in them keep working.
# Without arguments it runs the demo (`netbench demo`): a server and a client on loopback,
# every event of both printed.
# Build output goes to stderr so that stdout is the program's alone.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

bash "$root/packaging/build.sh" default >&2
if [[ $# -eq 0 ]]; then
    set -- demo
fi
exec "$root/build/src/app/netbench" "$@"
