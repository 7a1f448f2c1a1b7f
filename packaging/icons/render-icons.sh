#!/usr/bin/env bash
# Renders the hicolor PNG icons from resources/icons/soar-imap.svg (run after changing the SVG,
# then commit the PNGs: the package build does not need librsvg).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
svg="$root/resources/icons/soar-imap.svg"
command -v rsvg-convert >/dev/null || { echo "render-icons.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 48 128 256; do
  out="$root/packaging/icons/hicolor/${size}x${size}/apps/soar-imap.png"
  mkdir -p "$(dirname "$out")"
  rsvg-convert --width "$size" --height "$size" --format png --output "$out" "$svg"
  echo "$out"
done
