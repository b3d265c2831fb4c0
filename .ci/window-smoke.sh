#!/usr/bin/env bash
# Open the gallery in a real X11 window under Xvfb, screenshot the display, check it is not
# blank, and stop both processes by PID.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
cargo build -q -p arkui-gallery
gallery="$target/debug/arkui-gallery"
shot="$(mktemp -d)/window.png"
display=":${ARKUI_XVFB_DISPLAY:-97}"

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb=$!
cleanup() { kill "$xvfb" 2>/dev/null || true; kill "${app:-0}" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 50); do DISPLAY="$display" xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY="$display" "$gallery" --exit-after-ms 20000 &
app=$!
for _ in $(seq 100); do
    if DISPLAY="$display" xwininfo -root -tree | grep -q 'arkui-rs gallery'; then break; fi
    sleep 0.1
done
DISPLAY="$display" xwininfo -root -tree | grep 'arkui-rs gallery'
sleep 1
DISPLAY="$display" import -window root -depth 8 "PNG24:$shot"
colors=$(identify -format '%k' "$shot")
echo "screenshot $shot: $colors colours"
if [ "$colors" -lt 16 ]; then echo "the window looks blank"; exit 1; fi
kill "$app"
wait "$app" 2>/dev/null || true
