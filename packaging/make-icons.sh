#!/usr/bin/env bash
# Renders resources/icons/netbench.svg into the PNG sizes the package installs beside it
# (resources/icons/netbench-<size>.png, one per hicolor size in packaging/CMakeLists.txt).
# Run it after changing the SVG and commit the PNGs: the build does not need rsvg-convert
# (package librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons"

for size in 16 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio netbench.svg \
        --output "netbench-$size.png"
done
