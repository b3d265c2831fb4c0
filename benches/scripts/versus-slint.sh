#!/usr/bin/env bash
# Our scene runner and Slint's software renderer (../shared/peerbench) on the `list` scene,
# alternated op by op in one run, ROUNDS times (default 3), N = 1,000 rows, at 320x240
# RGB565, 800x480 and 1920x1080 RGBA; then the table of medians of each side's medians.
#
#   cargo build --release -p arkui-benches --bin scenes
#   (build peerbench as its README says, into $HOME/.cache/peerbench-target)
#   bash benches/scripts/versus-slint.sh /tmp/versus.jsonl
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:?usage: versus-slint.sh OUT.jsonl}
ROUNDS=${ROUNDS:-3}
B=${PEERBENCH:-$HOME/.cache/peerbench-target/release/peerbench}
S=${SCENES:-${CARGO_TARGET_DIR:-target}/release/scenes}
[ -x "$B" ] || { echo "no peerbench at $B: build it (../shared/peerbench/README.md)"; exit 1; }
[ -x "$S" ] || { echo "no scene runner at $S: cargo build --release -p arkui-benches --bin scenes"; exit 1; }
: > "$OUT"
for r in $(seq 1 "$ROUNDS"); do
    for sf in "320x240 rgb565" "800x480 rgba8888" "1920x1080 rgba8888"; do
        set -- $sf
        for op in startup full_frame update_every_10th toggle_one scroll_one_row; do
            ours=$("$S" list --rows 1000 --size "$1" --format "$2" --op "$op")
            echo "{\"side\":\"ours\",\"round\":$r,${ours#\{}" >> "$OUT"
            slint=$("$B" slint --op "$op" --n 1000 --size "$1" --format "$2" --mode buffer \
                --list virtual --iters 31)
            echo "{\"side\":\"slint\",\"round\":$r,${slint#\{}" >> "$OUT"
        done
    done
done
python3 benches/scripts/versus_slint_table.py "$OUT"
