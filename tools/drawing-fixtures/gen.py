#!/usr/bin/env python3
"""Render the drawing golden images with headless Chromium.

    python3 tools/drawing-fixtures/gen.py                # every scene: NAME.json + NAME.png
    python3 tools/drawing-fixtures/gen.py --only NAME .. # just these scenes
    python3 tools/drawing-fixtures/gen.py --check        # re-render into a temp dir, diff vs committed
    python3 tools/drawing-fixtures/gen.py --html DIR     # also one viewable HTML page per scene

Scenes live in scenes.py; the JSON format is the contract described in README.md.
Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import base64
import html
import json
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import scenes  # noqa: E402

OUT_DIR = HERE.parent.parent / "widgets" / "tests" / "fixtures" / "drawing"

# Quiet, hermetic headless flags (as tools/layout-fixtures/chrome.py) plus what makes a
# screenshot reproducible: software raster, 1 device px per CSS px, sRGB output, no scrollbars.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
    "--force-color-profile=srgb",
]
# Every scene is screenshotted in this fixed window and the top-left W x H cropped out. Small
# windows are unreliable: with a 120x120 window Chromium 156 returned a 120x120 PNG in which only
# the top ~30 rows of a canvas had been painted (the rest was white), while a 200x200 window
# showed the whole canvas. 640x640 is far above every scene (at most 240x240).
WINDOW = (640, 640)

# --------------------------------------------------------------------------------------------
# Validation of the contract (Python side; the browser side is in CHECK_JS)

CANVAS_PROPS = {
    "fillStyle", "strokeStyle", "lineWidth", "lineCap", "lineJoin", "miterLimit",
    "lineDashOffset", "globalAlpha", "globalCompositeOperation", "font", "textAlign",
    "textBaseline", "shadowBlur", "shadowColor", "shadowOffsetX", "shadowOffsetY",
    "imageSmoothingEnabled",
}
CANVAS_METHODS = {
    "fillRect", "strokeRect", "clearRect", "beginPath", "closePath", "moveTo", "lineTo", "arc",
    "arcTo", "ellipse", "quadraticCurveTo", "bezierCurveTo", "rect", "roundRect", "fill",
    "stroke", "clip", "save", "restore", "translate", "rotate", "scale", "transform",
    "setTransform", "resetTransform", "setLineDash", "fillText", "strokeText",
    "fillPath2D", "strokePath2D", "clipPath2D",
    # Images: defineImage(name, w, h, [r, g, b, a, ...]) makes a bitmap from straight RGBA;
    # drawImage(name, ...3, 5 or 9 numbers); putImageData(name, dx, dy);
    # copyImageData(sx, sy, sw, sh, dx, dy) puts what getImageData read back elsewhere.
    "defineImage", "drawImage", "putImageData", "copyImageData",
}
TEXT_OPS = {"fillText", "strokeText"}
COMPOSITES = {"source-over", "copy", "destination-out", "source-in"}
FONT_RE = re.compile(r"^(bold )?\d+px DejaVu Sans$")
COLOR_RE = re.compile(r"^#[0-9a-f]{6}([0-9a-f]{2})?$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
SHAPE_TYPES = {"circle", "ellipse", "rect", "line", "polyline", "polygon", "path"}
SHAPE_KEYS = {
    "type", "x", "y", "width", "height", "radius", "radiusWidth", "radiusHeight", "startPoint",
    "endPoint", "points", "commands", "viewPort", "fill", "fillOpacity", "stroke", "strokeWidth",
    "strokeOpacity", "strokeDashArray", "strokeDashOffset", "strokeLineCap", "strokeLineJoin",
    "strokeMiterLimit", "antiAlias", "fillRule",
}
BOX_KEYS = {
    "x", "y", "width", "height", "backgroundColor", "borderRadius", "borderWidth", "borderColor",
    "borderStyle", "shadow", "linearGradient", "radialGradient", "sweepGradient", "opacity",
    "outline", "clipShape", "children", "blur", "backdropBlur",
}
LIMITS = {"text": 8, "composite": 5, "antiAlias": 2}


class SceneError(Exception):
    pass


def check_color(where: str, c) -> None:
    if not isinstance(c, str) or not COLOR_RE.match(c):
        raise SceneError(f"{where}: colour {c!r} is not lower-case #rrggbb or #rrggbbaa")


def check_stops(where: str, stops, css: bool) -> None:
    if len(stops) < 2:
        raise SceneError(f"{where}: a gradient needs at least two stops")
    last = -1.0
    for s in stops:
        color, offset = (s[0], s[1]) if css else (s[1], s[0])
        check_color(where, color)
        if len(color) != 7:
            raise SceneError(f"{where}: gradient stops are opaque (#rrggbb): Chromium's canvas "
                             "and CSS interpolate translucent stops differently")
        if not 0 <= offset <= 1 or offset < last:
            raise SceneError(f"{where}: stop offsets must rise within 0..1, got {offset}")
        last = offset


def check_paint(where: str, v) -> None:
    if isinstance(v, str):
        return check_color(where, v)
    if "pattern" in v:
        if set(v) != {"pattern", "repetition"} or v["repetition"] not in (
                "repeat", "repeat-x", "repeat-y", "no-repeat"):
            raise SceneError(f"{where}: bad pattern {v}")
        return
    kinds = [k for k in ("linear", "radial", "conic") if k in v]
    if len(kinds) != 1 or set(v) != {kinds[0], "stops"}:
        raise SceneError(f"{where}: bad gradient {v}")
    n = {"linear": 4, "radial": 6, "conic": 3}[kinds[0]]
    if len(v[kinds[0]]) != n:
        raise SceneError(f"{where}: {kinds[0]} wants {n} numbers")
    if kinds[0] == "radial":
        x0, y0, r0, x1, y1, r1 = v["radial"]
        if min(r0, r1) < 0 or (x0, y0, r0) == (x1, y1, r1):
            raise SceneError(f"{where}: radial gradients need two different circles, radii >= 0")
    check_stops(where, v["stops"], css=False)


def validate_canvas(s: dict, counts: dict) -> None:
    uses_text = composite = False
    for i, op in enumerate(s["ops"]):
        where = f"{s['name']} op {i} {op[:1]}"
        name, args = op[0], op[1:]
        if name in CANVAS_PROPS:
            if len(args) != 1:
                raise SceneError(f"{where}: a property takes exactly one value")
            v = args[0]
            if name in ("fillStyle", "strokeStyle"):
                check_paint(where, v)
            elif name == "shadowColor":
                check_color(where, v)
            elif name == "font" and not FONT_RE.match(v):
                raise SceneError(f"{where}: font must be '[bold ]<N>px DejaVu Sans'")
            elif name == "globalCompositeOperation":
                if v not in COMPOSITES:
                    raise SceneError(f"{where}: composite {v!r} not allowed")
                composite = True
        elif name in CANVAS_METHODS:
            uses_text |= name in TEXT_OPS
            if name == "setLineDash" and (len(args) != 1 or not isinstance(args[0], list)):
                raise SceneError(f"{where}: setLineDash takes one array")
            if name == "fillPath2D" and (len(args) != 2 or args[1] not in ("nonzero", "evenodd")):
                raise SceneError(f"{where}: fillPath2D takes path data and a fill rule")
            if name in ("strokePath2D", "clipPath2D") and len(args) != 1:
                raise SceneError(f"{where}: {name} takes just path data")
            if name == "defineImage":
                ok = (len(args) == 4 and isinstance(args[0], str) and isinstance(args[3], list)
                      and len(args[3]) == args[1] * args[2] * 4
                      and all(isinstance(v, int) and 0 <= v <= 255 for v in args[3]))
                if not ok:
                    raise SceneError(f"{where}: defineImage(name, w, h, [w*h*4 bytes])")
            if name == "drawImage" and len(args) not in (3, 5, 9):
                raise SceneError(f"{where}: drawImage takes a name and 2, 4 or 8 numbers")
            if name in ("fill", "clip") and args not in ([], ["nonzero"], ["evenodd"]):
                raise SceneError(f"{where}: {name} takes an optional fill rule only")
            for a in args:
                if not isinstance(a, (int, float, str, bool, list)):
                    raise SceneError(f"{where}: argument {a!r} is not a plain value")
        else:
            raise SceneError(f"{where}: unknown op {name!r}")
    if uses_text != s["text"]:
        raise SceneError(f"{s['name']}: 'text' must be {uses_text}")
    counts["text"] += uses_text
    counts["composite"] += composite


def validate_shapes(s: dict, counts: dict) -> None:
    crisp = False
    for i, sh in enumerate(s["shapes"]):
        where = f"{s['name']} shape {i}"
        unknown = set(sh) - SHAPE_KEYS
        if unknown or sh.get("type") not in SHAPE_TYPES:
            raise SceneError(f"{where}: bad type or keys {sorted(unknown)}")
        for k in ("x", "y", "width", "height"):
            if not isinstance(sh.get(k), (int, float)):
                raise SceneError(f"{where}: {k} is required and numeric")
        for k in ("fill", "stroke"):
            if k in sh and sh[k] != "none":
                check_color(where, sh[k])
        needs = {"line": ("startPoint", "endPoint"), "polyline": ("points",),
                 "polygon": ("points",), "path": ("commands",)}.get(sh["type"], ())
        for k in needs:
            if k not in sh:
                raise SceneError(f"{where}: a {sh['type']} needs {k}")
        if "viewPort" in sh and len(sh["viewPort"]) != 4:
            raise SceneError(f"{where}: viewPort is [x, y, w, h]")
        crisp |= sh.get("antiAlias") is False
    counts["antiAlias"] += crisp
    if s["text"]:
        raise SceneError(f"{s['name']}: shape scenes draw no text")


def validate_box(where: str, b: dict, nested: bool) -> None:
    unknown = set(b) - BOX_KEYS
    if unknown:
        raise SceneError(f"{where}: unknown keys {sorted(unknown)}")
    for k in ("x", "y", "width", "height"):
        if not isinstance(b.get(k), (int, float)):
            raise SceneError(f"{where}: {k} is required and numeric")
    if "backgroundColor" in b:
        check_color(where, b["backgroundColor"])
    for c in as_list(b.get("borderColor", []), 4):
        check_color(where, c)
    if "shadow" in b:
        check_color(where, b["shadow"]["color"])
    for g in ("linearGradient", "radialGradient", "sweepGradient"):
        if g in b:
            check_stops(where, b[g]["colors"], css=True)
            if "borderWidth" in b:
                raise SceneError(f"{where}: no gradient on a bordered box (CSS sizes it to the "
                                 "padding box and tiles it under the border)")
    if "sweepGradient" in b:
        sw = b["sweepGradient"]
        if sw["end"] - sw["start"] != 360:
            raise SceneError(f"{where}: only full-turn sweep gradients (end - start = 360)")
    if "outline" in b:
        check_color(where, b["outline"]["color"])
        r = b["outline"].get("radius")
        if r is not None and b.get("borderRadius") != r:
            raise SceneError(f"{where}: outline radius must equal borderRadius (Chromium "
                             "draws the outline around the border-radius shape)")
    clip = b.get("clipShape")
    if clip is not None and not (
        clip in ({"circle": True}, {"ellipse": True}) or set(clip) == {"rect"}
    ):
        raise SceneError(f"{where}: clipShape is {{'circle': true}}, {{'ellipse': true}} or "
                         "{{'rect': {{'radius': r}}}}")
    if ("borderColor" in b or "borderStyle" in b) and "borderWidth" not in b:
        raise SceneError(f"{where}: borderColor/borderStyle without borderWidth draw nothing")
    if b.get("children") and "borderWidth" in b:
        raise SceneError(f"{where}: a box with children must not have a border")
    for j, c in enumerate(b.get("children", [])):
        validate_box(f"{where}.{j}", c, True)


def validate_css(s: dict, counts: dict) -> None:
    for i, b in enumerate(s["boxes"]):
        validate_box(f"{s['name']} box {i}", b, False)
    if s["text"]:
        raise SceneError(f"{s['name']}: css scenes draw no text")


def validate(all_scenes: list[dict]) -> None:
    counts = {k: 0 for k in LIMITS}
    seen = set()
    for s in all_scenes:
        name = s.get("name", "?")
        if not NAME_RE.match(name) or name in seen:
            raise SceneError(f"{name}: names are unique snake_case")
        seen.add(name)
        for k, t in (("kind", str), ("width", int), ("height", int), ("text", bool), ("note", str)):
            if not isinstance(s.get(k), t):
                raise SceneError(f"{name}: {k} must be a {t.__name__}")
        if not (64 <= s["width"] <= 240 and 64 <= s["height"] <= 240):
            raise SceneError(f"{name}: width and height stay within 64..240")
        body = {"canvas": "ops", "shapes": "shapes", "css": "boxes"}.get(s["kind"])
        extra = set(s) - {"name", "kind", "width", "height", "text", "note", body}
        if body is None or body not in s or extra:
            raise SceneError(f"{name}: kind {s['kind']!r} wants exactly '{body}' (extra {extra})")
        {"canvas": validate_canvas, "shapes": validate_shapes, "css": validate_css}[s["kind"]](
            s, counts)
    for k, limit in LIMITS.items():
        if counts[k] > limit:
            raise SceneError(f"{counts[k]} scenes use {k}; the brief allows {limit}")


# --------------------------------------------------------------------------------------------
# Scene -> HTML


def num(v) -> str:
    """A number as CSS/SVG text: integers without a fraction, others at full precision."""
    if isinstance(v, bool):
        raise TypeError(v)
    if float(v).is_integer():
        return str(int(v))
    return repr(float(v))


def px(v) -> str:
    return f"{num(v)}px"


def as_list(v, n: int) -> list:
    return list(v) if isinstance(v, list) else [v] * n


def svg_shape(sh: dict) -> tuple[str, list[tuple[str, str]]]:
    """The <svg> for one shape, and its CSS declarations (for the browser-side check)."""
    w, h = sh["width"], sh["height"]
    t = sh["type"]
    geo: list[tuple[str, str]] = []
    if t == "circle":
        geo = [("cx", num(w / 2)), ("cy", num(h / 2)), ("r", num(min(w, h) / 2))]
        tag = "circle"
    elif t == "ellipse":
        geo = [("cx", num(w / 2)), ("cy", num(h / 2)), ("rx", num(w / 2)), ("ry", num(h / 2))]
        tag = "ellipse"
    elif t == "rect":
        geo = [("x", "0"), ("y", "0"), ("width", num(w)), ("height", num(h))]
        rx = sh.get("radiusWidth", sh.get("radius"))
        ry = sh.get("radiusHeight", sh.get("radius"))
        if rx is not None:
            geo.append(("rx", num(rx)))
        if ry is not None:
            geo.append(("ry", num(ry)))
        tag = "rect"
    elif t == "line":
        (x1, y1), (x2, y2) = sh["startPoint"], sh["endPoint"]
        geo = [("x1", num(x1)), ("y1", num(y1)), ("x2", num(x2)), ("y2", num(y2))]
        tag = "line"
    elif t in ("polyline", "polygon"):
        geo = [("points", " ".join(f"{num(x)},{num(y)}" for x, y in sh["points"]))]
        tag = t
    else:
        geo = [("d", sh["commands"])]
        tag = "path"
    paint = [("fill", sh.get("fill", "#000000")), ("stroke", sh.get("stroke", "none"))]
    optional = [
        ("fillOpacity", "fill-opacity", num), ("strokeWidth", "stroke-width", num),
        ("strokeOpacity", "stroke-opacity", num),
        ("strokeDashArray", "stroke-dasharray", lambda v: " ".join(num(x) for x in v)),
        ("strokeDashOffset", "stroke-dashoffset", num), ("strokeLineCap", "stroke-linecap", str),
        ("strokeLineJoin", "stroke-linejoin", str), ("strokeMiterLimit", "stroke-miterlimit", num),
        ("fillRule", "fill-rule", str),
    ]
    for key, attr, fmt in optional:
        if key in sh:
            paint.append((attr, fmt(sh[key])))
    if sh.get("antiAlias") is False:
        paint.append(("shape-rendering", "crispEdges"))
    box = [("width", num(w)), ("height", num(h))]
    if "viewPort" in sh:
        box.append(("viewBox", " ".join(num(v) for v in sh["viewPort"])))
        box.append(("preserveAspectRatio", "xMidYMid meet"))
    style = f"position:absolute;left:{px(sh['x'])};top:{px(sh['y'])};overflow:visible"
    attrs = lambda pairs: "".join(f' {k}="{html.escape(v)}"' for k, v in pairs)  # noqa: E731
    out = (f'<svg xmlns="http://www.w3.org/2000/svg" style="{style}"{attrs(box)}>'
           f"<{tag}{attrs(geo + paint)}/></svg>")
    decls = [(k, v) for k, v in paint]
    if "strokeWidth" not in sh:  # ArkUI's default, which is also SVG's
        decls.append(("stroke-width", "1"))
    return out, decls


def stops_css(colors: list, scale: float = 100.0, unit: str = "%") -> str:
    return ", ".join(f"{c} {num(round(p * scale, 6))}{unit}" for c, p in colors)


def box_decls(b: dict) -> list[tuple[str, str]]:
    d = [("position", "absolute"), ("box-sizing", "border-box"), ("left", px(b["x"])),
         ("top", px(b["y"])), ("width", px(b["width"])), ("height", px(b["height"]))]
    if "backgroundColor" in b:
        d.append(("background-color", b["backgroundColor"]))
    backgrounds = []
    if "linearGradient" in b:
        g = b["linearGradient"]
        fn = "repeating-linear-gradient" if g.get("repeating") else "linear-gradient"
        backgrounds.append(f"{fn}({num(g.get('angle', 180))}deg, {stops_css(g['colors'])})")
    if "radialGradient" in b:
        g = b["radialGradient"]
        fn = "repeating-radial-gradient" if g.get("repeating") else "radial-gradient"
        cx, cy = g["center"]
        backgrounds.append(
            f"{fn}(circle {px(g['radius'])} at {px(cx)} {px(cy)}, {stops_css(g['colors'])})")
    if "sweepGradient" in b:
        g = b["sweepGradient"]
        cx, cy = g["center"]
        span = g["end"] - g["start"]
        backgrounds.append(f"conic-gradient(from {num(g['start'] + 90)}deg at {px(cx)} {px(cy)}, "
                           f"{stops_css(g['colors'], span, 'deg')})")
    if backgrounds:
        d.append(("background-image", ", ".join(backgrounds)))
    radius = b.get("borderRadius")
    if radius is not None:
        d.append(("border-radius", " ".join(px(r) for r in as_list(radius, 1))))
    if "borderWidth" in b:
        widths = as_list(b["borderWidth"], 4)
        colors = as_list(b.get("borderColor", "#000000"), 4)
        styles = as_list(b.get("borderStyle", "solid"), 4)
        for i, side in enumerate(("left", "top", "right", "bottom")):
            d += [(f"border-{side}-width", px(widths[i])), (f"border-{side}-style", styles[i]),
                  (f"border-{side}-color", colors[i])]
    if "shadow" in b:
        s = b["shadow"]
        d.append(("box-shadow", f"{px(s.get('offsetX', 0))} {px(s.get('offsetY', 0))} "
                                f"{px(s['radius'])} 0px {s['color']}"))
    if "opacity" in b:
        d.append(("opacity", num(b["opacity"])))
    if "outline" in b:
        o = b["outline"]
        d += [("outline", f"{px(o['width'])} {o.get('style', 'solid')} {o['color']}"),
              ("outline-offset", "0px")]
    if "clipShape" in b:
        c = b["clipShape"]
        if "circle" in c:
            d.append(("clip-path", "circle(closest-side)"))
        elif "ellipse" in c:
            d.append(("clip-path", "ellipse(50% 50%)"))
        else:
            d.append(("clip-path", f"inset(0px round {px(c['rect']['radius'])})"))
    if "blur" in b:
        # ArkUI's blur is a radius; its renderer (Skia) blurs by sigma = 0.57735 r + 0.5.
        d.append(("filter", f"blur({0.57735 * b['blur'] + 0.5:.4f}px)"))
    if "backdropBlur" in b:
        # The same radius-to-sigma rule as blur.
        d.append(("backdrop-filter", f"blur({0.57735 * b['backdropBlur'] + 0.5:.4f}px)"))
    return d


def box_html(b: dict, decls_out: list) -> str:
    d = box_decls(b)
    decls_out.extend(d)
    style = ";".join(f"{k}:{v}" for k, v in d)
    kids = "".join(box_html(c, decls_out) for c in b.get("children", []))
    return f'<div style="{html.escape(style)}">{kids}</div>'


# The canvas interpreter. CHECKED adds the browser-side contract checks: every property
# assignment must be accepted (Chromium silently ignores invalid values), no op may throw.
CANVAS_JS = r"""
const PROPS = new Set(%PROPS%);
const SENTINELS = {
  fillStyle: ['#010203', '#040506'], strokeStyle: ['#010203', '#040506'],
  shadowColor: ['#010203', '#040506'], lineCap: ['butt', 'square'], lineJoin: ['miter', 'bevel'],
  globalCompositeOperation: ['source-over', 'copy'], font: ['10px serif', '12px monospace'],
  textAlign: ['left', 'right'], textBaseline: ['top', 'bottom'],
};
function paintOf(ctx, v, images) {
  if (typeof v !== 'object') return v;
  if (v.pattern) return ctx.createPattern(images[v.pattern].canvas, v.repetition);
  let g;
  if (v.linear) g = ctx.createLinearGradient(...v.linear);
  else if (v.radial) g = ctx.createRadialGradient(...v.radial);
  else g = ctx.createConicGradient(...v.conic);
  for (const [offset, color] of v.stops) g.addColorStop(offset, color);
  return g;
}
function accepted(name, value) {
  // An invalid value leaves the property as it was: try it over two different sentinels.
  const scratch = document.createElement('canvas').getContext('2d');
  const pair = SENTINELS[name] || [0.5, 0.25];
  return pair.some(s => { scratch[name] = s; scratch[name] = value; return scratch[name] !== s; });
}
function runOps(ctx, ops, checked) {
  const problems = [], images = {};
  ops.forEach((op, i) => {
    const [name, ...args] = op;
    try {
      if (name === 'defineImage') {
        const [key, w, h, px] = args;
        const canvas = document.createElement('canvas');
        canvas.width = w; canvas.height = h;
        const data = new ImageData(Uint8ClampedArray.from(px), w, h);
        canvas.getContext('2d').putImageData(data, 0, 0);
        images[key] = {canvas, data};
      } else if (name === 'drawImage') ctx.drawImage(images[args[0]].canvas, ...args.slice(1));
      else if (name === 'putImageData') ctx.putImageData(images[args[0]].data, args[1], args[2]);
      else if (name === 'copyImageData')
        ctx.putImageData(ctx.getImageData(args[0], args[1], args[2], args[3]), args[4], args[5]);
      else if (PROPS.has(name)) {
        const v = paintOf(ctx, args[0], images);
        if (checked && typeof v !== 'object' && !accepted(name, v))
          problems.push(`op ${i}: ${name} = ${JSON.stringify(v)} is ignored by Chromium`);
        ctx[name] = v;
      } else if (name === 'fillPath2D') ctx.fill(new Path2D(args[0]), args[1]);
      else if (name === 'strokePath2D') ctx.stroke(new Path2D(args[0]));
      else if (name === 'clipPath2D') ctx.clip(new Path2D(args[0]));
      else if (typeof ctx[name] !== 'function') problems.push(`op ${i}: no method ${name}`);
      else ctx[name](...args);
    } catch (e) {
      problems.push(`op ${i} ${name}: ${e}`);
      if (!checked) throw e;
    }
  });
  return problems;
}
"""

CHECK_JS = r"""
const report = {}, bitmaps = {};
for (const [name, ops, w, h] of CANVAS_SCENES) {
  const c = document.createElement('canvas');
  c.width = w; c.height = h;
  report[name] = runOps(c.getContext('2d'), ops, true);
  bitmaps[name] = c.toDataURL('image/png');
}
for (const [name, decls] of CSS_SCENES) {
  report[name] = decls.filter(([p, v]) => !CSS.supports(p, v)).map(([p, v]) => `${p}: ${v} is not valid CSS`);
}
document.getElementById('out').textContent = JSON.stringify({report, bitmaps});
"""

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>html, body {{ margin: 0; background: #fff; overflow: hidden; }}</style>
</head><body>{body}</body></html>
"""


def canvas_js() -> str:
    return CANVAS_JS.replace("%PROPS%", json.dumps(sorted(CANVAS_PROPS)))


def scene_html(s: dict) -> tuple[str, list[tuple[str, str]]]:
    """A page drawing the scene at its origin, and the CSS declarations it relies on."""
    decls: list[tuple[str, str]] = []
    if s["kind"] == "canvas":
        body = (f'<canvas id="c" width="{s["width"]}" height="{s["height"]}" '
                f'style="position:absolute;left:0;top:0"></canvas>\n'
                f"<script>{canvas_js()}\nrunOps(document.getElementById('c').getContext('2d'), "
                f"{json.dumps(s['ops'])}, false);\n</script>")
    elif s["kind"] == "shapes":
        parts = []
        for sh in s["shapes"]:
            svg, d = svg_shape(sh)
            parts.append(svg)
            decls += d
        body = "\n".join(parts)
    else:
        body = "\n".join(box_html(b, decls) for b in s["boxes"])
    return PAGE.format(title=s["name"], body=body), decls


def check_page(all_scenes: list[dict]) -> str:
    canvas = [[s["name"], s["ops"], s["width"], s["height"]] for s in all_scenes
              if s["kind"] == "canvas"]
    css = [[s["name"], scene_html(s)[1]] for s in all_scenes if s["kind"] != "canvas"]
    body = (f'<pre id="out"></pre><script>{canvas_js()}\n'
            f"const CANVAS_SCENES = {json.dumps(canvas)};\nconst CSS_SCENES = {json.dumps(css)};\n"
            f"{CHECK_JS}</script>")
    return PAGE.format(title="check", body=body)


# --------------------------------------------------------------------------------------------
# PNG: a tiny decoder (8-bit RGB/RGBA, non-interlaced, filters 0-4) and an RGBA encoder


def png_decode(data: bytes) -> tuple[int, int, bytearray]:
    """(width, height, RGBA bytes) of an 8-bit RGB or RGBA non-interlaced PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, ihdr = 8, bytearray(), None
    while pos < len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if ctype == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", chunk)
        elif ctype == b"IDAT":
            idat += chunk
        elif ctype == b"IEND":
            break
    if ihdr is None:
        raise ValueError("PNG without IHDR")
    w, h, depth, color, _, _, interlace = ihdr
    if depth != 8 or color not in (2, 6) or interlace != 0:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {color}, interlace {interlace}")
    bpp = 3 if color == 2 else 4
    stride = w * bpp
    raw = zlib.decompress(bytes(idat))
    if len(raw) != h * (stride + 1):
        raise ValueError("PNG data has the wrong length")
    prev = bytearray(stride)
    out = bytearray()
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif f == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 255
        elif f == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif f == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        elif f != 0:
            raise ValueError(f"bad PNG filter {f}")
        prev = line
        if bpp == 4:
            out += line
        else:
            rgba = bytearray(w * 4)
            rgba[0::4], rgba[1::4], rgba[2::4] = line[0::3], line[1::3], line[2::3]
            rgba[3::4] = b"\xff" * w
            out += rgba
    return w, h, out


def png_encode(w: int, h: int, rgba: bytes) -> bytes:
    """RGBA 8-bit, non-interlaced, filter 0 on every row."""
    rows = b"".join(b"\x00" + bytes(rgba[y * w * 4:(y + 1) * w * 4]) for y in range(h))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def crop(w: int, rgba: bytes, cw: int, ch: int) -> bytes:
    return b"".join(bytes(rgba[y * w * 4:(y * w + cw) * 4]) for y in range(ch))


# --------------------------------------------------------------------------------------------
# Chromium


def find_chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("no Chromium found: apt-get -o DPkg::Lock::Timeout=600 install -y chromium")


def chromium_version(binary: str) -> str:
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def screenshot(binary: str, page: Path, out: Path, w: int, h: int) -> None:
    out.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(
            [binary, *FLAGS, f"--user-data-dir={profile}", f"--window-size={w},{h}",
             f"--screenshot={out}", page.as_uri()],
            capture_output=True, text=True, timeout=120,
        )
    if run.returncode != 0 or not out.exists():
        raise SystemExit(f"Chromium failed on {page.name} (exit {run.returncode}):\n"
                         f"{run.stderr[-2000:]}")


def render(binary: str, s: dict, work: Path, bitmaps: dict[str, bytes]) -> bytes:
    """The scene as W x H RGBA pixels (opaque: the page is white)."""
    page = work / f"{s['name']}.html"
    page.write_text(scene_html(s)[0])
    shot = work / f"{s['name']}.shot.png"
    screenshot(binary, page, shot, *WINDOW)
    sw, sh, rgba = png_decode(shot.read_bytes())
    if (sw, sh) != WINDOW:
        raise SystemExit(f"{s['name']}: Chromium returned a {sw}x{sh} screenshot for a "
                         f"{WINDOW[0]}x{WINDOW[1]} window")
    out = crop(sw, rgba, s["width"], s["height"])
    if len(out) != s["width"] * s["height"] * 4:
        raise SystemExit(f"{s['name']}: cropped image has the wrong size")
    if s["kind"] == "canvas":
        agrees_with_bitmap(s["name"], out, bitmaps[s["name"]])
    return out


def browser_check(binary: str, all_scenes: list[dict], work: Path) -> dict[str, bytes]:
    """One headless run over every scene: ops that throw, ignored values, invalid CSS.
    Returns each canvas scene's own bitmap (RGBA, not premultiplied) from canvas.toDataURL."""
    page = work / "check.html"
    page.write_text(check_page(all_scenes))
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", "--dump-dom",
                              page.as_uri()], capture_output=True, text=True, timeout=300)
    m = re.search(r'<pre id="out">(.*?)</pre>', run.stdout, re.S)
    if run.returncode != 0 or not m or not m.group(1):
        raise SystemExit(f"Chromium check page failed (exit {run.returncode}):\n{run.stderr[-2000:]}")
    result = json.loads(html.unescape(m.group(1)))
    report = result["report"]
    bad = {k: v for k, v in report.items() if v}
    missing = {s["name"] for s in all_scenes} - set(report)
    if bad or missing:
        lines = [f"  {k}: {p}" for k, v in sorted(bad.items()) for p in v]
        raise SystemExit("scenes Chromium would not draw as written:\n" + "\n".join(lines)
                         + (f"\n  not checked: {sorted(missing)}" if missing else ""))
    bitmaps = {}
    for name, url in result["bitmaps"].items():
        _, _, rgba = png_decode(base64.b64decode(url.split(",", 1)[1]))
        bitmaps[name] = bytes(rgba)
    return bitmaps


def agrees_with_bitmap(name: str, shot: bytes, bitmap: bytes) -> None:
    """A canvas screenshot must be the canvas's own bitmap over the white page (within the
    rounding of toDataURL's un-premultiplied alpha). Catches half-painted screenshots."""
    worst = 0
    for i in range(0, len(bitmap), 4):
        a = bitmap[i + 3]
        for c in range(3):
            want = (bitmap[i + c] * a + 255 * (255 - a) + 127) // 255
            worst = max(worst, abs(shot[i + c] - want))
    if worst > 2:
        raise SystemExit(f"{name}: the screenshot differs from the canvas bitmap by {worst} "
                         "(a half-painted screenshot?)")


# --------------------------------------------------------------------------------------------
# JSON


KEY_ORDER = {
    "shape": ["type", "x", "y", "width", "height"],
    "box": ["x", "y", "width", "height"],
}


def ordered(d: dict, head: list[str], last: tuple[str, ...] = ()) -> dict:
    keys = [k for k in head if k in d] + sorted(k for k in d if k not in head and k not in last)
    keys += [k for k in last if k in d]
    return {k: d[k] for k in keys}


def canon_box(b: dict) -> dict:
    b = ordered(b, KEY_ORDER["box"], ("children",))
    if "children" in b:
        b["children"] = [canon_box(c) for c in b["children"]]
    return b


def dump(s: dict) -> str:
    """Top-level keys in contract order, then one op / shape / box per line."""
    compact = lambda v: json.dumps(v, separators=(", ", ": "))  # noqa: E731
    lines = [f'  "{k}": {compact(s[k])}' for k in ("name", "kind", "width", "height", "text", "note")]
    if s["kind"] == "canvas":
        key, items = "ops", s["ops"]
    elif s["kind"] == "shapes":
        key, items = "shapes", [ordered(sh, KEY_ORDER["shape"]) for sh in s["shapes"]]
    else:
        key, items = "boxes", [canon_box(b) for b in s["boxes"]]
    body = ",\n".join(f"    {compact(i)}" for i in items)
    lines.append(f'  "{key}": [\n{body}\n  ]')
    text = "{\n" + ",\n".join(lines) + "\n}\n"
    assert json.loads(text) == s, f"{s['name']}: the JSON writer lost something"
    return text


# --------------------------------------------------------------------------------------------


def readme_version() -> str | None:
    readme = HERE / "README.md"
    if not readme.exists():
        return None
    m = re.search(r"^Chromium version: `(.*)`", readme.read_text(), re.M)
    return m.group(1) if m else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--only", nargs="+", metavar="NAME", help="scenes to (re)generate or check")
    ap.add_argument("--check", action="store_true",
                    help="render into a temp dir and report the max channel difference per scene")
    ap.add_argument("--html", type=Path, help="also write one viewable HTML page per scene here")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="fixture directory")
    args = ap.parse_args()

    all_scenes = scenes.all_scenes()
    try:
        validate(all_scenes)
    except SceneError as e:
        raise SystemExit(f"scenes.py breaks the contract: {e}")
    chosen = all_scenes
    if args.only:
        unknown = set(args.only) - {s["name"] for s in all_scenes}
        if unknown:
            raise SystemExit(f"unknown scenes: {sorted(unknown)}")
        chosen = [s for s in all_scenes if s["name"] in args.only]
    if args.html:
        args.html.mkdir(parents=True, exist_ok=True)
        for s in chosen:
            (args.html / f"{s['name']}.html").write_text(scene_html(s)[0])

    binary = find_chromium()
    version = chromium_version(binary)
    print(f"{version}: {len(chosen)} scenes", file=sys.stderr)
    if readme_version() != version:
        print(f"warning: README.md records Chromium `{readme_version()}`; update it", file=sys.stderr)

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bitmaps = browser_check(binary, chosen, work)
        if args.check:
            check(binary, chosen, work, args.out, bitmaps)
        else:
            generate(binary, chosen, work, args.out, bitmaps, prune=not args.only)


def generate(binary: str, chosen: list[dict], work: Path, out: Path, bitmaps: dict[str, bytes],
             prune: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    per_kind: dict[str, int] = {}
    changed = 0
    for i, s in enumerate(chosen, 1):
        png = png_encode(s["width"], s["height"], render(binary, s, work, bitmaps))
        json_path, png_path = out / f"{s['name']}.json", out / f"{s['name']}.png"
        old = png_path.read_bytes() if png_path.exists() else None
        changed += old != png
        json_path.write_text(dump(s))
        png_path.write_bytes(png)
        per_kind[s["kind"]] = per_kind.get(s["kind"], 0) + 1
        print(f"[{i}/{len(chosen)}] {s['name']} {s['width']}x{s['height']}"
              f"{'' if old == png else ' (new image)'}", file=sys.stderr)
    if prune:
        keep = {f"{s['name']}.{ext}" for s in chosen for ext in ("json", "png")}
        for stale in sorted(out.iterdir()):
            if stale.suffix in (".json", ".png") and stale.name not in keep:
                stale.unlink()
                print(f"removed stale {stale.name}", file=sys.stderr)
    total = sum(p.stat().st_size for p in out.glob("*.png"))
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(per_kind.items()))
    print(f"wrote {len(chosen)} scenes ({kinds}); {changed} images changed; "
          f"PNGs in {out} total {total / 1024:.0f} KiB")


def check(binary: str, chosen: list[dict], work: Path, out: Path,
          bitmaps: dict[str, bytes]) -> None:
    worst = 0
    failures = []
    for s in chosen:
        name = s["name"]
        png_path, json_path = out / f"{name}.png", out / f"{name}.json"
        if not png_path.exists() or not json_path.exists():
            failures.append(f"{name}: not generated")
            print(f"{name:44s} MISSING")
            continue
        stale_json = json_path.read_text() != dump(s)
        w, h, committed = png_decode(png_path.read_bytes())
        fresh = render(binary, s, work, bitmaps)
        if (w, h) != (s["width"], s["height"]):
            failures.append(f"{name}: committed PNG is {w}x{h}")
            continue
        diff = max((abs(a - b) for a, b in zip(committed, fresh)), default=0)
        pixels = sum(1 for i in range(0, len(fresh), 4) if committed[i:i + 4] != fresh[i:i + 4])
        worst = max(worst, diff)
        print(f"{name:44s} max channel diff {diff:3d}  pixels differing {pixels}"
              f"{'  (JSON out of date)' if stale_json else ''}")
        if stale_json:
            failures.append(f"{name}: JSON differs from scenes.py")
    print(f"checked {len(chosen)} scenes: maximum channel difference {worst}")
    if failures:
        raise SystemExit("\n".join(failures))


if __name__ == "__main__":
    main()
