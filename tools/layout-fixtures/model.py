"""Fixture trees and their CSS: ArkUI's layout model written as browser flexbox.

A fixture is a dict, saved as JSON next to the expectations Chromium produced:

    {"name": ..., "description": ..., "note": ... (optional),
     "viewport": {"width": W, "height": H},
     "tree": node}

    node = {"id": "n0", "style": {...}, "children": [node, ...]}

Style keys use ArkUI's attribute names; every key is optional and means what the same
attribute means on an arkui-core `LayoutAttrs`. Lengths are strings: "12px", "50%", "auto".

    width height minWidth maxWidth minHeight maxHeight   length
    padding margin borderWidth                           [top, right, bottom, left]
    flexGrow flexShrink aspectRatio                      number
    flexBasis space                                      length
    direction      Row | Column | RowReverse | ColumnReverse
    alignItems alignSelf   Auto | Start | Center | End | Baseline | Stretch
    justifyContent alignContent   Start | Center | End | SpaceBetween | SpaceAround | SpaceEvenly
    wrap           NoWrap | Wrap | WrapReverse
    position       {"x": length, "y": length}   (ArkUI `position`: absolute)
    offset         {"x": length, "y": length}   (ArkUI `offset`: relative)
    visibility     Visible | Hidden | None
"""

from __future__ import annotations

import html

# ArkUI's defaults, written once for every node. They differ from CSS's on purpose:
# - align-items: center — ArkUI's Column/Row centre children on the cross axis (CSS: stretch);
# - flex-shrink: 0 — children of Row/Column keep their size when they overflow (CSS: 1);
# - box-sizing: border-box — ArkUI's width/height include padding and border;
# - align-content: flex-start — ArkUI's Flex packs wrapped lines at the start (CSS: stretch);
# - position: relative — every ArkUI container is the reference box of its `position`ed children;
# - border-style: solid — an ArkUI border width always takes space (CSS's default style `none`
#   would make the width compute to 0).
BASE_CSS = """
.stage { position: absolute; left: 0; top: 0; display: flex; flex-direction: column;
         align-items: center; box-sizing: border-box; }
.stage div { display: flex; box-sizing: border-box; position: relative;
             flex-direction: column; align-items: center; justify-content: flex-start;
             align-content: flex-start; flex: 0 0 auto; margin: 0; padding: 0;
             border: 0 solid; min-width: auto; min-height: auto; }
""".strip()

DIRECTION = {
    "Row": "row",
    "Column": "column",
    "RowReverse": "row-reverse",
    "ColumnReverse": "column-reverse",
}
ITEM_ALIGN = {
    # ArkUI maps an `Auto` container alignment to its default, centre.
    "Auto": "center",
    "Start": "flex-start",
    "Center": "center",
    "End": "flex-end",
    "Baseline": "baseline",
    "Stretch": "stretch",
}
FLEX_ALIGN = {
    "Start": "flex-start",
    "Center": "center",
    "End": "flex-end",
    "SpaceBetween": "space-between",
    "SpaceAround": "space-around",
    "SpaceEvenly": "space-evenly",
}
WRAP = {"NoWrap": "nowrap", "Wrap": "wrap", "WrapReverse": "wrap-reverse"}
SIDES = ("top", "right", "bottom", "left")


def _edges(prop: str, edges: list[str], suffix: str = "") -> list[str]:
    return [f"{prop}-{side}{suffix}: {v}" for side, v in zip(SIDES, edges)]


def node_css(style: dict) -> str:
    """The inline CSS of one node (only what differs from BASE_CSS)."""
    out: list[str] = []
    for key, prop in (("width", "width"), ("height", "height")):
        if key in style:
            out.append(f"{prop}: {style[key]}")
    for key, prop in (
        ("minWidth", "min-width"),
        ("minHeight", "min-height"),
        ("maxWidth", "max-width"),
        ("maxHeight", "max-height"),
    ):
        v = style.get(key)
        # ArkUI's `Auto` constraint means "none"; CSS's own default (auto) already is.
        if v is not None and v != "auto":
            out.append(f"{prop}: {v}")
    if "padding" in style:
        out += _edges("padding", style["padding"])
    if "margin" in style:
        out += _edges("margin", style["margin"])
    if "borderWidth" in style:
        out += _edges("border", style["borderWidth"], "-width")
    if "flexGrow" in style:
        out.append(f"flex-grow: {style['flexGrow']}")
    if "flexShrink" in style:
        out.append(f"flex-shrink: {style['flexShrink']}")
    if "flexBasis" in style:
        out.append(f"flex-basis: {style['flexBasis']}")
    if style.get("alignSelf", "Auto") != "Auto":
        out.append(f"align-self: {ITEM_ALIGN[style['alignSelf']]}")
    if "aspectRatio" in style:
        out.append(f"aspect-ratio: {style['aspectRatio']}")
    direction = style.get("direction", "Column")
    if direction != "Column":
        out.append(f"flex-direction: {DIRECTION[direction]}")
    if "space" in style:
        # `space` is ArkUI's gap along the main axis only.
        gap = "column-gap" if direction in ("Row", "RowReverse") else "row-gap"
        out.append(f"{gap}: {style['space']}")
    if "alignItems" in style:
        out.append(f"align-items: {ITEM_ALIGN[style['alignItems']]}")
    if "justifyContent" in style:
        out.append(f"justify-content: {FLEX_ALIGN[style['justifyContent']]}")
    if "wrap" in style:
        out.append(f"flex-wrap: {WRAP[style['wrap']]}")
    if "alignContent" in style:
        out.append(f"align-content: {FLEX_ALIGN[style['alignContent']]}")
    for key, position in (("position", "absolute"), ("offset", "relative")):
        if key in style:
            out.append(f"position: {position}")
            out.append(f"left: {style[key]['x']}")
            out.append(f"top: {style[key]['y']}")
    visibility = style.get("visibility", "Visible")
    if visibility == "Hidden":
        out.append("visibility: hidden")
    elif visibility == "None":
        out.append("display: none")
    return "; ".join(out)


def node_html(node: dict, indent: int = 1) -> str:
    pad = "  " * indent
    attrs = f'data-id="{html.escape(node["id"])}"'
    css = node_css(node.get("style", {}))
    if node.get("style", {}).get("visibility") == "None":
        attrs += " data-none"
    if css:
        attrs += f' style="{html.escape(css)}"'
    children = node.get("children", [])
    if not children:
        return f"{pad}<div {attrs}></div>"
    inner = "\n".join(node_html(c, indent + 1) for c in children)
    return f"{pad}<div {attrs}>\n{inner}\n{pad}</div>"


def stage_html(fixture: dict) -> str:
    """The fixture under a stage shaped like arkui-core's app root: a column the size of the
    viewport that centres its child horizontally."""
    vp = fixture["viewport"]
    return (
        f'<div class="stage" data-fixture="{html.escape(fixture["name"])}" '
        f'style="width: {vp["width"]}px; height: {vp["height"]}px">\n'
        f"{node_html(fixture['tree'])}\n</div>"
    )


# Measures every node relative to its stage, then drops the stages so that --dump-dom prints
# little more than the JSON. A display:none node has no box: it is recorded as null.
MEASURE_JS = """
const out = {};
for (const stage of document.querySelectorAll('.stage')) {
  const s = stage.getBoundingClientRect();
  const rects = {};
  for (const el of stage.querySelectorAll('[data-id]')) {
    const hidden = el.closest('[data-none]') !== null;
    const r = el.getBoundingClientRect();
    rects[el.dataset.id] = hidden ? null : [r.x - s.x, r.y - s.y, r.width, r.height];
  }
  out[stage.dataset.fixture] = rects;
}
document.querySelectorAll('.stage').forEach(s => s.remove());
document.getElementById('out').textContent = JSON.stringify(out);
""".strip()


def page_html(fixtures: list[dict]) -> str:
    """One page laying out one or many fixtures (stages overlap; each is its own flex root)."""
    stages = "\n".join(stage_html(f) for f in fixtures)
    title = fixtures[0]["name"] if len(fixtures) == 1 else f"{len(fixtures)} fixtures"
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title>\n<style>\n{BASE_CSS}\n</style></head>\n"
        f"<body>\n{stages}\n<pre id=\"out\"></pre>\n<script>\n{MEASURE_JS}\n</script>\n"
        "</body></html>\n"
    )


def walk(node: dict):
    """Every node of a tree, parents first."""
    yield node
    for c in node.get("children", []):
        yield from walk(c)
