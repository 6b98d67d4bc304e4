#!/usr/bin/env bash
# Installs the dependencies, builds (preset "default", into build/) and runs netbench with the
# given arguments, from the caller's directory so relative paths in them keep working.
# Without arguments it opens the window when there is a display (X11 or Wayland); on a machine
# without one it runs the demo (`netbench demo`: a server and a client on loopback, every event
# of both printed) and says how to see the window.
# Build output goes to stderr so that stdout is the program's alone.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

bash "$root/packaging/build.sh" default >&2
netbench="$root/build/src/app/netbench"
if [[ $# -eq 0 ]]; then
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
        exec "$netbench"
    fi
    echo "run.sh: no display, so here is the demo instead of the window" \
         "(with a display, 'bash packaging/run.sh' opens it; 'xvfb-run -a $netbench' runs it" \
         "on a virtual one)." >&2
    set -- demo
fi
exec "$netbench" "$@"
