#!/usr/bin/env bash
# The wgpu backend (renderer feature `wgpu`) on lavapipe, Mesa's software Vulkan adapter:
# clippy with the feature, the parity suite (every oracle scene and the text scenes drawn by
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

cargo clippy -p arkui-renderer --all-targets --features wgpu -- -D warnings
cargo test -p arkui-renderer --features wgpu -- --nocapture
cargo bench -p arkui-benches --features wgpu --no-run
