#!/usr/bin/env bash
# Run the scene runner over the comparison matrix (every op, the three viewports, N = 1,000 and
# 10,000, framebuffer and 16-line buffer) and print one JSON line per run, then a Markdown
# table of medians. Usage: bash benches/scripts/scene-matrix.sh [out.jsonl]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-scene-matrix.jsonl}"
target="${CARGO_TARGET_DIR:-target}"
cargo build -q --release -p arkui-benches --bin scenes
scenes="$target/release/scenes"
: >"$out"
for rows in 1000 10000; do
    for spec in 320x240:rgb565 800x480:rgba8888 1920x1080:rgba8888; do
        size=${spec%%:*}
        format=${spec##*:}
        for op in startup full_frame update_every_10th toggle_one scroll_one_row memory; do
            "$scenes" list --rows "$rows" --size "$size" --format "$format" --op "$op" | tee -a "$out"
        done
        if [ "$size" = 320x240 ]; then
            for op in full_frame toggle_one scroll_one_row memory; do
                "$scenes" list --rows "$rows" --size "$size" --format "$format" --line-buffer 16 \
                    --op "$op" | tee -a "$out"
            done
        fi
    done
done
python3 - "$out" <<'PY'
import json, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
ops = ["startup", "full_frame", "update_every_10th", "toggle_one", "scroll_one_row"]
print()
for rows in sorted({r["rows"] for r in runs}):
    print(f"N = {rows:,}\n")
    print("| viewport | " + " | ".join(ops) + " | peak RSS | heap peak |")
    print("|---" * (len(ops) + 3) + "|")
    keys = sorted({(r["size"], r["format"], r["line_buffer"]) for r in runs if r["rows"] == rows},
                  key=lambda k: (int(k[0].split("x")[0]), k[2] or 0))
    for size, fmt, lines in keys:
        sel = {r["op"]: r for r in runs
               if (r["rows"], r["size"], r["format"], r["line_buffer"]) == (rows, size, fmt, lines)}
        cell = lambda op: (f'{sel[op]["median_us"]:.0f} µs ({sel[op]["pixels_repainted"]:,} px)'
                           if op in sel else "–")
        mem = sel.get("memory")
        name = f"{size} {fmt}" + (f", {lines}-line buffer" if lines else "")
        rss = f'{mem["peak_rss_kb"] / 1024:.1f} MB' if mem else "–"
        heap = f'{mem["heap_peak_bytes"] / 1024:.0f} KiB' if mem else "–"
        print(f"| {name} | " + " | ".join(cell(op) for op in ops) + f" | {rss} | {heap} |")
    print()
PY
