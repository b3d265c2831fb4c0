#!/usr/bin/env python3
"""Generate arkui-core's layout conformance fixtures from headless Chromium.

    python3 tools/layout-fixtures/gen.py                 # every fixture
    python3 tools/layout-fixtures/gen.py --only NAME ... # just these
    python3 tools/layout-fixtures/gen.py --html DIR      # also one viewable HTML file each

See README.md next to this file.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402
import chrome  # noqa: E402
import engine_cases  # noqa: E402
import random_trees  # noqa: E402
from model import page_html, walk  # noqa: E402

OUT_DIR = HERE.parent.parent / "arkui-core" / "tests" / "fixtures" / "layout"
RANDOM_COUNT = 400
BATCH = 100


def all_fixtures(random_count: int, first_seed: int = 0, random_only: bool = False) -> list[dict]:
    fixtures = [] if random_only else cases.all_cases() + engine_cases.all_cases()
    fixtures += [random_trees.random_fixture(seed) for seed in range(first_seed, first_seed + random_count)]
    names = [f["name"] for f in fixtures]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SystemExit(f"duplicate fixture names: {sorted(dupes)}")
    return fixtures


def attach(fixture: dict, rects: dict, browser: str) -> dict:
    """The fixture with each node's expected border box, as the committed JSON."""
    for n in walk(fixture["tree"]):
        r = rects.get(n["id"], "missing")
        if r == "missing":
            raise SystemExit(f"{fixture['name']}: Chromium did not report {n['id']}")
        expected = None if r is None else {
            k: round(v, 6) for k, v in zip(("x", "y", "width", "height"), r)
        }
        children = n.pop("children", None)
        n["expected"] = expected
        if children:
            n["children"] = children
    out = {k: fixture[k] for k in ("name", "description", "note") if k in fixture}
    out["generator"] = "tools/layout-fixtures/gen.py"
    out["browser"] = browser
    out["viewport"] = fixture["viewport"]
    out["tree"] = fixture["tree"]
    return out


def dump(fixture: dict) -> str:
    """JSON with one line per node, so a diff of a regenerated fixture points at the node."""

    def node(n: dict, indent: str) -> str:
        head = {k: v for k, v in n.items() if k != "children"}
        text = json.dumps(head)[:-1]
        kids = n.get("children")
        if not kids:
            return f"{indent}{text}}}"
        inner = ",\n".join(node(c, indent + "  ") for c in kids)
        return f'{indent}{text}, "children": [\n{inner}\n{indent}]}}'

    head = {k: v for k, v in fixture.items() if k != "tree"}
    lines = [f" {json.dumps(k)}: {json.dumps(v)}," for k, v in head.items()]
    return "{\n" + "\n".join(lines) + '\n "tree":\n' + node(fixture["tree"], "  ") + "\n}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--only", nargs="*", help="fixture names to regenerate")
    ap.add_argument("--random", type=int, default=RANDOM_COUNT, help="random fixtures (seeds 0..N-1)")
    ap.add_argument(
        "--first-seed",
        type=int,
        default=0,
        help="with --random N: seeds FIRST..FIRST+N-1, and only random fixtures (a fresh sample to\n"
        "measure the engine on, e.g. --first-seed 400 --random 300 --out /tmp/fresh; not committed)",
    )
    ap.add_argument("--html", type=Path, help="write one viewable HTML page per fixture here")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="where the JSON fixtures go")
    args = ap.parse_args()

    fresh = args.first_seed > 0
    if fresh and args.out.resolve() == OUT_DIR.resolve():
        raise SystemExit("--first-seed makes a sample that is not part of the suite: pass --out DIR")
    fixtures = all_fixtures(args.random, args.first_seed, random_only=fresh)
    if args.only:
        unknown = set(args.only) - {f["name"] for f in fixtures}
        if unknown:
            raise SystemExit(f"unknown fixtures: {sorted(unknown)}")
        fixtures = [f for f in fixtures if f["name"] in args.only]
    if args.html:
        args.html.mkdir(parents=True, exist_ok=True)
        for f in fixtures:
            (args.html / f"{f['name']}.html").write_text(page_html([f]))

    binary = chrome.find_chromium()
    browser = chrome.version(binary)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for start in range(0, len(fixtures), BATCH):
            batch = fixtures[start : start + BATCH]
            rects = chrome.layout(batch, binary, Path(work))
            for f in batch:
                data = attach(f, rects[f["name"]], browser)
                (args.out / f"{f['name']}.json").write_text(dump(data))
            print(f"{start + len(batch)}/{len(fixtures)} fixtures laid out", file=sys.stderr)

    if not args.only and not fresh:
        # A full run owns the directory's JSON files: drop fixtures no generator makes any more.
        keep = {f"{f['name']}.json" for f in fixtures}
        for stale in args.out.glob("*.json"):
            if stale.name not in keep:
                stale.unlink()
                print(f"removed stale {stale.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
