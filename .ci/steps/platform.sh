#!/usr/bin/env bash
# Platform backends (issue 8): every backend feature's tests and lints, the Wayland backend
# and the gallery against a real compositor (Debian's Weston, headless backend), and the
# framebuffer gallery cross-built for the two board targets. Stops what it starts by PID.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${CARGO_TARGET_DIR:-target}"

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
need=()
for p in weston gcc-aarch64-linux-gnu gcc-arm-linux-gnueabihf libc6-dev-arm64-cross \
    libc6-dev-armhf-cross libxkbcommon-dev libwayland-dev pkg-config; do
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ "${#need[@]}" -gt 0 ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
        --no-install-recommends "${need[@]}"
fi

echo "--- arkui-platform, all backends: clippy and tests"
cargo clippy -q -p arkui-platform --all-targets --all-features -- -D warnings
cargo test -p arkui-platform --all-features

echo "--- Wayland (smithay-client-toolkit) against headless Weston"
runtime=$(mktemp -d)
chmod 700 "$runtime"
socket=arkui-ci-$$
# --debug enables weston-screenshooter and weston-debug (scene graph) for the comparison.
XDG_RUNTIME_DIR="$runtime" weston --use-pixman --backend=headless-backend.so --debug \
    --socket="$socket" --width=1024 --height=768 --idle-time=0 >"$runtime/weston.log" 2>&1 &
weston=$!
cleanup() { kill "$weston" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 100); do [ -S "$runtime/$socket" ] && break; sleep 0.1; done
if [ ! -S "$runtime/$socket" ]; then cat "$runtime/weston.log"; echo "weston did not start"; exit 1; fi
export XDG_RUNTIME_DIR="$runtime" WAYLAND_DISPLAY="$socket"
cargo test -p arkui-platform --features wayland --test wayland -- --ignored --nocapture
cargo build -q -p arkui-gallery --features wayland
"$target/debug/arkui-gallery" --headless --out "$runtime/headless" --profile iot >/dev/null
ARKUI_PLATFORM=wayland "$target/debug/arkui-gallery" --profile iot --exit-after-ms 4000 &
gallery=$!
sleep 2
# Where Weston placed the window, from its scene graph; then its pixels vs the headless frame.
position=$(weston-debug scene-graph 2>/dev/null | grep -A1 "window 'arkui-rs gallery'" |
    sed -n 's/.*position: (\([0-9-]*\), \([0-9-]*\)).*/\1 \2/p' | head -1)
(cd "$runtime" && weston-screenshooter)
wait "$gallery"
read -r x y <<<"$position"
convert "$runtime"/wayland-screenshot-*.png -crop "320x240+$x+$y" +repage "$runtime/window.png"
differing=$(compare -metric AE -fuzz 2% "$runtime/window.png" "$runtime/headless/counter-iot.png" \
    null: 2>&1 || true)
echo "wayland window at ($x, $y): ${differing%% *} of 76800 pixels differ from headless (fuzz 2%)"
if [ "${differing%% *}" -gt 384 ]; then echo "the Wayland window does not match its headless render"; exit 1; fi
if grep -i "protocol error" "$runtime/weston.log"; then echo "weston saw a protocol error"; exit 1; fi
kill "$weston"
wait "$weston" 2>/dev/null || true
unset XDG_RUNTIME_DIR WAYLAND_DISPLAY
echo "wayland: ok"

echo "--- board builds: the framebuffer gallery (fbdev + drm + headless, no window system)"
rustup target add aarch64-unknown-linux-gnu armv7-unknown-linux-gnueabihf
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
export CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc
export CARGO_TARGET_ARMV7_UNKNOWN_LINUX_GNUEABIHF_LINKER=arm-linux-gnueabihf-gcc
export CC_armv7_unknown_linux_gnueabihf=arm-linux-gnueabihf-gcc
for triple in aarch64-unknown-linux-gnu armv7-unknown-linux-gnueabihf; do
    start=$(date +%s)
    cargo build -q --release -p arkui-gallery --no-default-features --features fbdev,drm \
        --target "$triple"
    bin="$target/$triple/release/arkui-gallery"
    kind=$(command -v file >/dev/null && file -b "$bin" | cut -d, -f1-2 || echo "file(1) missing")
    echo "$triple: $(( $(date +%s) - start )) s, $(du -h "$bin" | cut -f1), $kind"
done
