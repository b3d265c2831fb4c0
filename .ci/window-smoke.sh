#!/usr/bin/env bash
# Open the gallery in a real X11 window under Xvfb, screenshot the display, and compare the
# window's pixels with the headless render of the same profile and size. Also checks the
# default (480x640 desktop) window is not blank. Stops every process it starts by PID.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
cargo build -q -p arkui-gallery
# This checks how the software frame is presented (softbuffer), pixel for pixel; the wgpu
# window has its own comparison in steps/wgpu.sh.
export ARKUI_RENDERER=software
gallery="$target/debug/arkui-gallery"
work="$(mktemp -d)"

# Pixels allowed to differ (per mille of the window) and per-channel fuzz: the window and
# the headless render share the software renderer, so any difference is a presentation bug
# (wrong channel order, offset, scaling); a little slack keeps font hinting noise out.
max_per_mille="${ARKUI_WINDOW_MAX_DIFF_PER_MILLE:-5}"
fuzz="2%"

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

# Start the gallery window ($@ = extra flags) and wait until it is mapped. A gallery that
# ends before its window appears (once seen: "Failed to open connection to X server" just
# after xdpyinfo had connected) is started again, at most three times, and says so.
open_window() {
    local attempt
    for attempt in 1 2 3; do
        DISPLAY="$display" "$gallery" --page counter --exit-after-ms 120000 "$@" &
        app=$!
        poll_until 30 window_mapped_or_gone || break
        window_mapped && return 0
        echo "the gallery ended before its window appeared (attempt $attempt)"
        wait "$app" 2>/dev/null || true
        app=""
    done
    echo "the gallery window never appeared"
    exit 1
}

window_mapped() {
    DISPLAY="$display" xwininfo -name 'arkui-rs gallery' >/dev/null 2>&1
}

window_mapped_or_gone() {
    window_mapped || ! kill -0 "$app" 2>/dev/null
}

close_window() {
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    app=""
}

# Geometry of the window's client area: "WxH+X+Y".
window_geometry() {
    DISPLAY="$display" xwininfo -name 'arkui-rs gallery' | awk '
        /Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF}
        /Width:/ {w=$NF} /Height:/ {h=$NF}
        END {printf "%sx%s+%s+%s", w, h, x, y}'
}

# The window's pixels now, into $1 (its geometry in $geometry).
capture() {
    DISPLAY="$display" import -window root -depth 8 "PNG24:$work/root.png"
    geometry=$(window_geometry)
    convert "$work/root.png" -crop "$geometry" +repage "$1"
}

not_blank() {
    capture "$work/default.png"
    colors=$(identify -format '%k' "$work/default.png")
    [ "$colors" -ge 16 ]
}

echo "--- default window (desktop 480x640): not blank"
open_window
poll_until 60 not_blank || true
echo "window $geometry: $colors colours"
if [ "$colors" -lt 16 ]; then echo "the window looks blank"; exit 1; fi
close_window

# Whether the window shows the headless frame (polled: the first frame takes a while on a
# busy machine). Leaves the count in $differing.
matches_headless() {
    capture "$work/window-$profile.png"
    [ "${geometry%%+*}" = "$size" ] || { differing=$total; return 1; }
    # `compare` exits 1 when images differ: the count is what we judge.
    differing=$(compare -metric AE -fuzz "$fuzz" "$work/window-$profile.png" "$reference" \
        "$work/diff-$profile.png" 2>&1 >/dev/null || true)
    differing=${differing%% *}
    [ "$(( differing * 1000 ))" -le "$(( total * max_per_mille ))" ]
}

for profile in iot desktop; do
    echo "--- profile $profile: window vs headless"
    "$gallery" --headless --out "$work/headless" --profile "$profile" >/dev/null
    reference="$work/headless/counter-$profile.png"
    size=$(identify -format '%wx%h' "$reference")
    total=$(( ${size%x*} * ${size#*x} ))
    open_window --profile "$profile"
    poll_until 60 matches_headless || true
    close_window
    if [ "${geometry%%+*}" != "$size" ]; then
        echo "window is $geometry but the headless frame is $size"
        exit 1
    fi
    echo "window $geometry vs headless $size: $differing of $total pixels differ (fuzz $fuzz)"
    if [ "$(( differing * 1000 ))" -gt "$(( total * max_per_mille ))" ]; then
        echo "the window does not match its headless render (see $work/diff-$profile.png)"
        exit 1
    fi
done
echo "window matches headless: ok"
