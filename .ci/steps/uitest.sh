#!/usr/bin/env bash
# The gallery in a real X11 window under Xvfb, driven from outside by the arkui-uitest CLI
# (issue 21): find, click, assert, system back, and a screen capture through the driver that
# must match what the X server shows. Stops what it starts by PID; polls, never sleeps.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${CARGO_TARGET_DIR:-target}"
cargo build -q -p arkui-gallery -p arkui-uitest -p arkui-preview
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
# --wait-app polls (bounded) for the socket of an app that is still starting.
"$target/debug/arkui-uitest" --pid "$app" --wait-app 60000 wait type=Button text=Counter \
    --timeout 30000

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

echo "--- the previewer's window: a real click on a profile's frame works like the app"
# The previewer's own page is driven too (ARKUI_UITEST=1) to learn where the frame is.
DISPLAY="$display" ARKUI_UITEST=1 "$target/debug/arkui-preview" gallery --profiles iot,phone \
    </dev/null &
app=$!
pv() { "$target/debug/arkui-uitest" --pid "$app" "$@"; }
poll_until 60 test -S "$ARKUI_UITEST_DIR/uitest-$app.sock" || { echo "no preview socket"; exit 1; }
pv wait id=preview-frame-iot --timeout 300000
instance=""
iot_socket() {
    # The instance whose window is 320 px wide is the IoT one.
    for s in /tmp/arkui-preview-"$app"/uitest-*.sock; do
        [ -S "$s" ] || continue
        if "$target/debug/arkui-uitest" --socket "$s" dump | grep -q '"width": "320.000000"'; then
            instance=$s
            return 0
        fi
    done
    return 1
}
poll_until 30 iot_socket || { echo "no IoT instance"; exit 1; }
# "[l, t],[r, b]" of the first match, as four numbers.
bounds() { sed -n '1s/.*\[\([-0-9.]*\), \([-0-9.]*\)\],\[\([-0-9.]*\), \([-0-9.]*\)\].*/\1 \2 \3 \4/p'; }
read -r fl ft fr fb < <(pv find id=preview-frame-iot | bounds)
# Click the centre of a component of the IoT app through the preview window, with X.
click_in_frame() {
    read -r l t r b < <("$target/debug/arkui-uitest" --socket "$instance" find "$@" | bounds)
    l=$(to_int "$l"); t=$(to_int "$t"); r=$(to_int "$r"); b=$(to_int "$b")
    x=$(( fl + ( (l + r) / 2 ) * (fr - fl) / 320 ))
    y=$(( ft + ( (t + b) / 2 ) * (fb - ft) / 240 ))
    DISPLAY="$display" xdotool mousemove "$x" "$y" click 1
}
to_int() { printf '%.0f' "$1"; }
fl=$(to_int "$fl"); ft=$(to_int "$ft"); fr=$(to_int "$fr"); fb=$(to_int "$fb")
click_in_frame type=Button text=Counter
poll_until 20 "$target/debug/arkui-uitest" --socket "$instance" exists id=label \
    || { echo "clicking the frame did not open the counter"; exit 1; }
click_in_frame id=add
poll_until 20 "$target/debug/arkui-uitest" --socket "$instance" exists id=label "text=Clicks: 1" \
    || { echo "clicking Add in the frame did not count"; exit 1; }
pv exit
pid=$app
wait "$app" || true
app=""
gone() { ! ls /tmp/arkui-preview-"$pid"/uitest-*.sock >/dev/null 2>&1; }
poll_until 20 gone || { echo "the previewer left instances behind"; exit 1; }
echo "preview window under Xvfb: ok"
