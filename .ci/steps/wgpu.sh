#!/usr/bin/env bash
# The wgpu backend (renderer feature `wgpu`) on lavapipe, Mesa's software Vulkan adapter:
# the parity suite (every oracle scene and the text scenes drawn by
# wgpu and by the software renderer, per-scene share of pixels >8/255 and p99 printed), the
# fault tests (0x0 window, Outdated/Lost/Timeout surfaces, destroyed device), the doctests,
# and the wgpu bench compiled. .ci/run installs libvulkan1 + mesa-vulkan-drivers and sets
# ARKUI_REQUIRE_GPU=1, so a missing adapter fails here instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/../.."

export ARKUI_REQUIRE_GPU=1
export VK_DRIVER_FILES="${VK_DRIVER_FILES:-/usr/share/vulkan/icd.d/lvp_icd.x86_64.json}"
# Vulkan only: the GL backend would probe EGL/Wayland and print noise without a display.
export WGPU_BACKEND="${WGPU_BACKEND:-vulkan}"
if [ ! -e "$VK_DRIVER_FILES" ]; then
    echo "lavapipe ICD $VK_DRIVER_FILES missing: install libvulkan1 mesa-vulkan-drivers" >&2
    exit 1
fi

# `cargo clippy --workspace` and `cargo test --workspace` (.ci/run) already linted and ran
# these with the feature on (the gallery's default `wgpu` turns it on workspace-wide); here
# the parity suite runs again with its per-scene report shown.
cargo test -p arkui-renderer --features wgpu --lib \
    --test wgpu_parity --test wgpu_faults --test wgpu_random_lists -- --nocapture
cargo test -p arkui-renderer --features wgpu --doc
# The Chromium drawing goldens (canvas, shapes, visual attributes) drawn by wgpu too.
cargo test -p arkui-widgets --features wgpu --test it drawing_goldens -- --nocapture

# The same parity and fault suites on wgpu's GL backend (llvmpipe through EGL).
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
    --no-install-recommends libegl1 libegl-mesa0 libgl1-mesa-dri >/dev/null
WGPU_BACKEND=gl cargo test -p arkui-renderer --features wgpu \
    --test wgpu_parity --test wgpu_faults --test wgpu_random_lists -- --nocapture
# (the wgpu bench is compiled by .ci/run's "benches compile" step)

# The gallery window presented by wgpu under Xvfb must equal the headless (software) frame.
cargo build -q -p arkui-gallery
gallery="${CARGO_TARGET_DIR:-target}/debug/arkui-gallery"
work="$(mktemp -d)"
. .ci/lib/xvfb.sh
xvfb=""
app=""
cleanup() {
    if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; fi
    if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; fi
}
trap cleanup EXIT
start_xvfb "$work"
"$gallery" --headless --out "$work/headless" --profile desktop >/dev/null
. .ci/lib/poll.sh
mapped() { DISPLAY="$display" xwininfo -name 'arkui-rs gallery' >/dev/null 2>&1; }
mapped_or_gone() { mapped || ! kill -0 "$app" 2>/dev/null; }
# A gallery that ends before its window appears (seen once: "Failed to open connection to
# X server" just after xdpyinfo had connected) is started again, at most three times.
for attempt in 1 2 3; do
    ARKUI_RENDERER=gpu DISPLAY="$display" "$gallery" --exit-after-ms 180000 --profile desktop &
    app=$!
    poll_until 30 mapped_or_gone || break
    mapped && break
    echo "the gallery ended before its wgpu window appeared (attempt $attempt)"
    wait "$app" 2>/dev/null || true
    app=""
done
if [ -z "$app" ] || ! mapped; then echo "the wgpu window never appeared"; exit 1; fi
# The window shows the gallery's first page: compare with every headless page, keep the
# best; polled until it matches (lavapipe compiles its pipelines before the first frame).
window_matches() {
    geometry=$(DISPLAY="$display" xwininfo -name 'arkui-rs gallery' | awk '
        /Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF}
        /Width:/ {w=$NF} /Height:/ {h=$NF} END {printf "%sx%s+%s+%s", w, h, x, y}')
    DISPLAY="$display" import -window root -depth 8 "PNG24:$work/root.png"
    convert "$work/root.png" -crop "$geometry" +repage "$work/window.png"
    best=""
    for reference in "$work"/headless/*-desktop.png; do
        n=$(compare -metric AE -fuzz 2% "$work/window.png" "$reference" "$work/diff.png" 2>&1 || true)
        n="${n%%.*}"
        case "$n" in '' | *[!0-9]*) continue ;; esac
        if [ -z "$best" ] || [ "$n" -lt "$best" ]; then best="$n"; page="$reference"; fi
    done
    [ -n "$best" ] && [ "$best" -le 5120 ]
}
poll_until 120 window_matches || true
if ! grep -q lvp "/proc/$app/maps"; then echo "the window is not drawn by wgpu/lavapipe"; exit 1; fi
kill "$app"; wait "$app" 2>/dev/null || true; app=""
echo "wgpu window $geometry vs headless software frame ${page:-none}: ${best:-?} pixels differ (fuzz 2%)"
if [ -z "$best" ] || [ "$best" -gt 5120 ]; then exit 1; fi
