#!/usr/bin/env bash
# Renderer checks beyond `cargo test --workspace`, which already runs the tiny-skia oracle
# (renderer/tests/oracle.rs), the 1,040-image corpus replay (image_corpus.rs), the random
# display lists (random_lists.rs), line-mode memory (line_memory.rs) and the text goldens.
# Here: the cargo-fuzz targets (not a workspace member) must build.
set -euo pipefail
cd "$(dirname "$0")/../.."

if command -v cargo-fuzz >/dev/null 2>&1 && cargo +nightly --version >/dev/null 2>&1; then
    # The real fuzzing build: nightly, sanitizer instrumentation.
    (cd renderer/fuzz && cargo +nightly fuzz build -O)
else
    # No cargo-fuzz here: type-check and link-check the targets on stable instead.
    cargo check --manifest-path renderer/fuzz/Cargo.toml --bins
fi
