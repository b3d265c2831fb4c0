#!/usr/bin/env bash
# The gallery in a real X11 window under Xvfb, driven from outside by the arkui-uitest CLI
# (issue 21): find, click, assert, system back, and a screen capture through the driver that
# must match what the X server shows. Stops what it starts by PID; polls, never sleeps.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${CARGO_TARGET_DIR:-target}"
cargo build -q -p arkui-gallery -p arkui-uitest
# The protocol decoder's cargo-fuzz target (not a workspace member) must build and link.
cargo build -q --manifest-path uitest/fuzz/Cargo.toml --bins
gallery="$target/debug/arkui-gallery"
work="$(mktemp -d)"
export ARKUI_UITEST_DIR="$work/sockets"
# The window presents the software frame, which the driver's capture also draws.
export ARKUI_RENDERER=software

. .ci/lib/xvfb.sh
. .ci/lib/poll.sh
xvfb=""
app=""
cleanup() {
    if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; fi
    if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; fi
}
trap cleanup EXIT
start_xvfb "$work"

DISPLAY="$display" ARKUI_UITEST=1 "$gallery" --profile iot --exit-after-ms 300000 &
app=$!
u() { "$target/debug/arkui-uitest" --pid "$app" "$@"; }
poll_until 60 test -S "$ARKUI_UITEST_DIR/uitest-$app.sock" || { echo "no UI test socket"; exit 1; }
u wait type=Button text=Counter --timeout 30000

echo "--- navigate and click through the driver"
u click type=Button text=Counter
u wait id=add --timeout 10000
u click id=add
u click id=add
u exists id=label "text=Clicks: 2"

echo "--- the driver's capture is what the window shows"
window_geometry() {
    DISPLAY="$display" xwininfo -name 'arkui-rs gallery' | awk '
        /Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF}
        /Width:/ {w=$NF} /Height:/ {h=$NF}
        END {printf "%sx%s+%s+%s", w, h, x, y}'
}
u screencap "$work/driver.png" >/dev/null
size=$(identify -format '%wx%h' "$work/driver.png")
total=$(( ${size%x*} * ${size#*x} ))
matches() {
    DISPLAY="$display" import -window root -depth 8 "PNG24:$work/root.png"
    geometry=$(window_geometry)
    convert "$work/root.png" -crop "$geometry" +repage "$work/window.png"
    [ "${geometry%%+*}" = "$size" ] || { differing=$total; return 1; }
    differing=$(compare -metric AE -fuzz 2% "$work/window.png" "$work/driver.png" \
        "$work/diff.png" 2>&1 >/dev/null || true)
    differing=${differing%% *}
    [ "$(( differing * 1000 ))" -le "$(( total * 5 ))" ]
}
poll_until 30 matches || true
echo "window ${geometry:-?} vs capture $size: $differing of $total pixels differ"
if [ "$(( differing * 1000 ))" -gt "$(( total * 5 ))" ]; then
    echo "the capture does not match the window (see $work/diff.png)"
    exit 1
fi

echo "--- system back, then the driver closes the app"
u back
u wait type=Button text=Counter --timeout 10000
if u exists id=label 2>/dev/null; then echo "the counter page is still shown"; exit 1; fi
u exit
status=0
pid=$app
wait "$app" || status=$?
app=""
if [ "$status" != 0 ]; then echo "the gallery exited with $status"; exit 1; fi
if [ -e "$ARKUI_UITEST_DIR/uitest-$pid.sock" ]; then echo "socket left behind"; exit 1; fi
echo "uitest under Xvfb: ok"
