#!/usr/bin/env bash
# Renderer checks beyond `cargo test --workspace`, which already runs the tiny-skia oracle
# (renderer/tests/oracle.rs), the 1,040-image corpus replay (image_corpus.rs), the random
# display lists (random_lists.rs), line-mode memory (line_memory.rs) and the text goldens.
# Here: the cargo-fuzz targets (not a workspace member) must build and link. A stable build
# links them against libFuzzer without sanitizers, which is all CI needs (~2.5 min cold).
# ARKUI_FUZZ_SECONDS=n (with cargo-fuzz and a nightly toolchain) also fuzzes each target.
set -euo pipefail
cd "$(dirname "$0")/../.."

cargo build --manifest-path renderer/fuzz/Cargo.toml --bins

if [ -n "${ARKUI_FUZZ_SECONDS:-}" ]; then
    (
        cd renderer/fuzz
        for target in image_decode display_list; do
            cargo +nightly fuzz run -O "$target" -- \
                -max_total_time="$ARKUI_FUZZ_SECONDS" -rss_limit_mb=1536 -timeout=10
        done
    )
fi
