"""Seeded random flex trees: each fixture is reproducible from its seed alone."""

from __future__ import annotations

import random

from build import fixture, length, node

MAX_NODES = 40
DIRECTIONS = ["Row"] * 4 + ["Column"] * 4 + ["RowReverse", "ColumnReverse"]
ITEM_ALIGN = ["Start", "Center", "End", "Stretch"]
FLEX_ALIGN = ["Start", "Center", "End", "SpaceBetween", "SpaceAround", "SpaceEvenly"]


def px(rng: random.Random, lo: int, hi: int) -> str:
    """Whole or half pixels: exact in both f32 and Chromium's 1/64 px units."""
    return length(rng.randint(lo * 2, hi * 2) / 2)


def pct(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randrange(lo, hi + 1, 5)}%"


def size(rng: random.Random) -> str | None:
    r = rng.random()
    if r < 0.45:
        return px(rng, 5, 160)
    if r < 0.58:
        return pct(rng, 10, 100)
    return None


def edges(rng: random.Random, hi: int, percent: float) -> list[str]:
    if rng.random() < percent:
        return [pct(rng, 0, 10) for _ in range(4)]
    return [length(rng.randint(0, hi)) for _ in range(4)]


def item_style(rng: random.Random) -> dict:
    """What a node carries as a child: size, box model, flex factors, self alignment."""
    s: dict = {}
    for key in ("width", "height"):
        v = size(rng)
        if v:
            s[key] = v
    for key in ("minWidth", "maxWidth", "minHeight", "maxHeight"):
        if rng.random() < 0.1:
            s[key] = px(rng, 10, 150) if rng.random() < 0.7 else pct(rng, 10, 90)
    if rng.random() < 0.3:
        s["padding"] = edges(rng, 15, 0.15)
    if rng.random() < 0.3:
        s["margin"] = edges(rng, 15, 0.1)
    if rng.random() < 0.2:
        s["borderWidth"] = edges(rng, 6, 0.0)
    if rng.random() < 0.3:
        s["flexGrow"] = rng.choice([0.5, 1, 1, 2, 3])
    if rng.random() < 0.3:
        s["flexShrink"] = rng.choice([0, 1, 1, 2])
    if rng.random() < 0.15:
        s["flexBasis"] = rng.choice([px(rng, 0, 120), pct(rng, 10, 60), "0px"])
    if rng.random() < 0.2:
        s["alignSelf"] = rng.choice(ITEM_ALIGN + ["Auto"])
    if rng.random() < 0.04:
        s["aspectRatio"] = rng.choice([0.5, 1, 1.5, 2])
    r = rng.random()
    if r < 0.04:
        s["position"] = {"x": px(rng, 0, 50), "y": px(rng, 0, 50)}
    elif r < 0.08:
        s["offset"] = {"x": px(rng, -20, 20), "y": px(rng, -20, 20)}
    r = rng.random()
    if r < 0.03:
        s["visibility"] = "Hidden"
    elif r < 0.05:
        s["visibility"] = "None"
    return s


def container_style(rng: random.Random) -> dict:
    """What a node carries as a container: direction, alignment, space, wrap."""
    s: dict = {"direction": rng.choice(DIRECTIONS)}
    if rng.random() < 0.5:
        s["alignItems"] = rng.choice(ITEM_ALIGN)
    if rng.random() < 0.5:
        s["justifyContent"] = rng.choice(FLEX_ALIGN)
    if rng.random() < 0.25:
        s["space"] = px(rng, 0, 15)
    r = rng.random()
    if r < 0.25:
        s["wrap"] = "Wrap"
    elif r < 0.3:
        s["wrap"] = "WrapReverse"
    if "wrap" in s and rng.random() < 0.6:
        s["alignContent"] = rng.choice(FLEX_ALIGN)
    return s


def grow_tree(rng: random.Random, depth: int, budget: list[int]) -> list[dict]:
    """Children of one container; `budget` caps the whole tree's node count."""
    count = min(rng.randint(1, 6), budget[0])
    budget[0] -= count
    children = []
    for _ in range(count):
        style = item_style(rng)
        kids: list[dict] = []
        if depth > 1 and budget[0] > 0 and rng.random() < 0.5:
            style.update(container_style(rng))
            kids = grow_tree(rng, depth - 1, budget)
        children.append(node(*kids, **style))
    return children


def random_fixture(seed: int) -> dict:
    rng = random.Random(seed)
    vw, vh = rng.randrange(200, 601, 10), rng.randrange(150, 501, 10)
    style = container_style(rng)
    # Most roots fill the viewport; some hug their content to exercise auto sizes.
    if rng.random() < 0.85:
        style.update(width=f"{vw}px", height=f"{vh}px")
    if rng.random() < 0.3:
        style["padding"] = edges(rng, 20, 0.0)
    if rng.random() < 0.15:
        style["borderWidth"] = edges(rng, 6, 0.0)
    depth = rng.randint(1, 4)
    children = grow_tree(rng, depth, [MAX_NODES])
    tree = node(*children, **style)
    return fixture(f"random_{seed:04}", f"Seeded random tree (seed {seed}, depth {depth}).",
                   tree, (vw, vh))
