#!/usr/bin/env python3
"""Shrink fixtures on which plain taffy disagrees with Chromium to their smallest failing form.

    python3 tools/layout-fixtures/minimize.py --probe PATH_TO_TEST_BINARY NAME [NAME ...]

PATH_TO_TEST_BINARY is arkui-core's integration-test binary, which holds the
`layout_conformance` tests (`cargo test -p arkui-core --test it --no-run` prints its path);
its ignored `layout_conformance::plain_taffy_probe` test lays out every
fixture in a directory with plain taffy and says which ones differ from Chromium. Each round
tries every one-step reduction (drop a subtree, hoist a child, drop a style key) of every
fixture, keeps the smallest that still differs, and stops when none does. The results are
written as fixtures to --out (default /tmp/layout-minimized) for a person to read, and one line
per fixture, in the form KNOWN_DIFFERENCES.md uses, goes to stdout.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import chrome  # noqa: E402
from gen import OUT_DIR, attach, dump  # noqa: E402
from model import walk  # noqa: E402


def strip(node: dict) -> dict:
    """A tree without expectations (as the generator builds it)."""
    out = {"id": node["id"], "style": dict(node["style"])}
    if node.get("children"):
        out["children"] = [strip(c) for c in node["children"]]
    return out


def size(tree: dict) -> int:
    return sum(1 + len(n["style"]) for n in walk(tree))


def reductions(tree: dict):
    """Every tree one step smaller than `tree`."""
    nodes = list(walk(tree))
    for n in nodes:
        for i, c in enumerate(n.get("children", [])):
            t = copy.deepcopy(tree)
            parent = next(x for x in walk(t) if x["id"] == n["id"])
            kids = parent["children"]
            del kids[i]
            if not kids:
                del parent["children"]
            yield t
            if c.get("children"):
                t = copy.deepcopy(tree)
                parent = next(x for x in walk(t) if x["id"] == n["id"])
                parent["children"][i : i + 1] = copy.deepcopy(c["children"])
                yield t
        for key in n["style"]:
            t = copy.deepcopy(tree)
            del next(x for x in walk(t) if x["id"] == n["id"])["style"][key]
            yield t


def probe(binary: str, fixtures: list[dict], browser: str, chromium: str) -> dict[str, bool]:
    """Which fixtures plain taffy lays out differently from Chromium."""
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        out = {}
        for start in range(0, len(fixtures), 2000):
            batch = fixtures[start : start + 2000]
            rects = chrome.layout(batch, chromium, work)
            probe_dir = work / "probe"
            probe_dir.mkdir(exist_ok=True)
            for old in probe_dir.glob("*.json"):
                old.unlink()
            for f in batch:
                data = attach(copy.deepcopy(f), rects[f["name"]], browser)
                (probe_dir / f"{f['name']}.json").write_text(dump(data))
            subprocess.run(
                [binary, "--ignored", "--exact", "layout_conformance::plain_taffy_probe", "--quiet"],
                env={**os.environ, "LAYOUT_PROBE_DIR": str(probe_dir)},
                check=True,
                capture_output=True,
            )
            out.update(json.loads((probe_dir / "verdict.out").read_text()))
        return out


def show(n: dict) -> str:
    text = n["id"] + json.dumps(n["style"], separators=(",", ":"))
    if n.get("children"):
        text += "[" + ", ".join(show(c) for c in n["children"]) + "]"
    return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--probe", required=True, help="arkui-core's built integration-test binary (tests/it)")
    ap.add_argument("--out", type=Path, default=Path("/tmp/layout-minimized"))
    ap.add_argument("names", nargs="+")
    args = ap.parse_args()
    chromium = chrome.find_chromium()
    browser = chrome.version(chromium)
    current = {}
    for name in args.names:
        f = json.loads((OUT_DIR / f"{name}.json").read_text())
        f["tree"] = strip(f["tree"])
        current[name] = f
    active = set(current)
    round_no = 0
    while active:
        round_no += 1
        candidates = []
        for name in sorted(active):
            base = current[name]
            for k, t in enumerate(reductions(base["tree"])):
                candidates.append(dict(base, name=f"{name}__{k}", tree=t))
        verdict = probe(args.probe, candidates, browser, chromium)
        improved = set()
        for c in sorted(candidates, key=lambda c: size(c["tree"])):
            name = c["name"].split("__")[0]
            if verdict.get(c["name"]) and name not in improved:
                current[name] = dict(c, name=name)
                improved.add(name)
        print(f"round {round_no}: {len(candidates)} candidates, {len(improved)} shrank",
              file=sys.stderr)
        active = improved
    args.out.mkdir(parents=True, exist_ok=True)
    final = list(current.values())
    rects = chrome.layout(final, chromium, args.out)
    for f in final:
        data = attach(copy.deepcopy(f), rects[f["name"]], browser)
        (args.out / f"{f['name']}.json").write_text(dump(data))
        vp = f"{f['viewport']['width']}x{f['viewport']['height']}"
        print(f"- `{f['name']}` — {vp}: `{show(f['tree'])}`")


if __name__ == "__main__":
    main()
