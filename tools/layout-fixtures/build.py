"""Small builders for fixture trees, so hand-written cases read like ArkUI code."""

from __future__ import annotations

from model import walk
from notes import defaults_note

EDGE_KEYS = ("padding", "margin", "borderWidth")
LENGTH_KEYS = (
    "width",
    "height",
    "minWidth",
    "maxWidth",
    "minHeight",
    "maxHeight",
    "flexBasis",
    "space",
)


def length(v) -> str:
    """20 -> "20px"; "50%" and "auto" stay as written."""
    if isinstance(v, str):
        return v
    if float(v).is_integer():
        return f"{int(v)}px"
    return f"{v}px"


def edges(v) -> list[str]:
    """One value for all four sides, or [top, right, bottom, left]."""
    if isinstance(v, (list, tuple)):
        if len(v) != 4:
            raise ValueError(f"edges need 4 values, got {v!r}")
        return [length(x) for x in v]
    return [length(v)] * 4


def node(*children: dict, **style) -> dict:
    """A node with ArkUI-named style keys; numbers are pixels."""
    out: dict = {}
    for key, value in style.items():
        if key in EDGE_KEYS:
            out[key] = edges(value)
        elif key in LENGTH_KEYS:
            out[key] = length(value)
        elif key in ("position", "offset"):
            x, y = (value["x"], value["y"]) if isinstance(value, dict) else value
            out[key] = {"x": length(x), "y": length(y)}
        else:
            out[key] = value
    result: dict = {"id": "", "style": out}
    if children:
        result["children"] = list(children)
    return result


def row(*children: dict, **style) -> dict:
    return node(*children, direction="Row", **style)


def column(*children: dict, **style) -> dict:
    return node(*children, direction="Column", **style)


def fixture(
    name: str,
    description: str,
    tree: dict,
    viewport: tuple[int, int] = (300, 200),
    note: str | None = None,
) -> dict:
    """Name the nodes n0, n1, ... in document order and wrap the tree as a fixture."""
    for i, n in enumerate(walk(tree)):
        n["id"] = f"n{i}"
    out = {
        "name": name,
        "description": description,
        "viewport": {"width": viewport[0], "height": viewport[1]},
        "tree": tree,
    }
    # A hand-written note first, then the ArkUI defaults the layout relies on.
    notes = [n for n in (note, defaults_note(tree)) if n]
    if notes:
        out["note"] = " ".join(notes)
    return out
