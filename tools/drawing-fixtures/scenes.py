"""The drawing scenes, by hand: one feature (or a small combination) each, named after it.

Each function below returns the scenes of one group; `all_scenes()` is what gen.py renders.
The format of a scene is the JSON contract in README.md; gen.py checks it before rendering.
"""

from __future__ import annotations

import math

PI = math.pi

RED = "#e53935"
BLUE = "#1e88e5"
GREEN = "#43a047"
YELLOW = "#fdd835"
PURPLE = "#8e24aa"
ORANGE = "#fb8c00"
TEAL = "#00897b"
PINK = "#d81b60"
NAVY = "#283593"
INK = "#212121"
GREY = "#9e9e9e"
LIGHT = "#e0e0e0"
WHITE = "#ffffff"
RAINBOW = [RED, ORANGE, YELLOW, GREEN, TEAL, BLUE, NAVY, PURPLE, PINK]


def r3(v: float) -> float:
    """Coordinates computed with trigonometry, rounded so the JSON stays readable."""
    v = round(v, 3)
    return int(v) if v == int(v) else v


def star(cx: float, cy: float, r: float, points: int = 5, step: int = 2) -> list[list[float]]:
    """The vertices of a {points/step} star polygon (a pentagram by default), top first."""
    return [[r3(cx + r * math.cos(-PI / 2 + 2 * PI * k * step / points)),
             r3(cy + r * math.sin(-PI / 2 + 2 * PI * k * step / points))] for k in range(points)]


def star_outline(cx: float, cy: float, outer: float, inner: float, points: int = 5) -> list:
    """A simple (non-self-intersecting) star: outer and inner vertices alternating, top first."""
    return [[r3(cx + (outer if k % 2 == 0 else inner) * math.cos(-PI / 2 + PI * k / points)),
             r3(cy + (outer if k % 2 == 0 else inner) * math.sin(-PI / 2 + PI * k / points))]
            for k in range(2 * points)]


def svg_poly(pts: list[list[float]]) -> str:
    return "M" + " L".join(f"{x} {y}" for x, y in pts) + " Z"


def canvas(name: str, w: int, h: int, note: str, ops: list, text: bool = False) -> dict:
    return {"name": name, "kind": "canvas", "width": w, "height": h, "text": text, "note": note,
            "ops": ops}


def shapes(name: str, w: int, h: int, note: str, items: list) -> dict:
    return {"name": name, "kind": "shapes", "width": w, "height": h, "text": False, "note": note,
            "shapes": items}


def css(name: str, w: int, h: int, note: str, boxes: list) -> dict:
    return {"name": name, "kind": "css", "width": w, "height": h, "text": False, "note": note,
            "boxes": boxes}


def circle_path(cx, cy, r, ccw=False) -> list:
    """A closed circle sub-path started at angle 0 (no connecting line from a previous point)."""
    return [["moveTo", cx + r, cy], ["arc", cx, cy, r, 0, 2 * PI, ccw], ["closePath"]]


def poly_ops(pts: list[list[float]], close: bool = True) -> list:
    ops = [["moveTo", *pts[0]]] + [["lineTo", *p] for p in pts[1:]]
    return ops + [["closePath"]] if close else ops


# ============================================================================================
# kind = "canvas"


def canvas_rects() -> list[dict]:
    return [
        canvas("canvas_fill_rect_basic", 120, 80,
               "Integer-aligned fillRect in three colours; later fills paint over earlier ones.", [
                   ["fillStyle", RED], ["fillRect", 10, 10, 40, 30],
                   ["fillStyle", BLUE], ["fillRect", 60, 20, 50, 50],
                   ["fillStyle", GREEN], ["fillRect", 30, 30, 45, 40],
               ]),
        canvas("canvas_fill_rect_fractional", 120, 80,
               "Sub-pixel fillRect edges get coverage proportional to the covered pixel area.", [
                   ["fillStyle", NAVY], ["fillRect", 10.5, 10.5, 30, 20],
                   ["fillRect", 50.25, 10.75, 30.5, 20.25],
                   ["fillRect", 90.1, 10, 19.8, 20.6],
                   ["fillStyle", RED], ["fillRect", 10, 45.5, 100, 0.5],
                   ["fillRect", 10, 52.25, 100, 1.5],
                   ["fillRect", 10, 60, 100, 0.25],
                   ["fillRect", 10.5, 66, 0.5, 10], ["fillRect", 20.3, 66, 0.4, 10],
               ]),
        canvas("canvas_stroke_rect_widths", 240, 100,
               "strokeRect centres the stroke on the edge for widths 1, 2, 3, 7 and 12.", [
                   ["strokeStyle", INK],
                   *[op for i, lw in enumerate([1, 2, 3, 7, 12])
                     for op in (["lineWidth", lw], ["strokeRect", 15 + i * 45, 35, 30, 30])],
               ]),
        canvas("canvas_clear_rect", 120, 80,
               "clearRect makes pixels transparent and a half-transparent fill over the hole "
               "blends with the white page.", [
                   ["fillStyle", BLUE], ["fillRect", 0, 0, 120, 80],
                   ["clearRect", 20, 15, 50, 35],
                   ["fillStyle", "#e5393580"], ["fillRect", 50, 35, 55, 30],
               ]),
        canvas("canvas_alpha_colors", 120, 120,
               "#rrggbbaa fills blend source-over where three circles overlap.", [
                   ["fillStyle", "#e5393599"], *circle_path(45, 45, 32), ["fill"],
                   ["beginPath"], ["fillStyle", "#43a04799"], *circle_path(75, 45, 32), ["fill"],
                   ["beginPath"], ["fillStyle", "#1e88e599"], *circle_path(60, 75, 32), ["fill"],
               ]),
        canvas("canvas_global_alpha", 140, 90,
               "globalAlpha scales fills and strokes and multiplies a colour's own alpha.", [
                   ["fillStyle", RED], ["fillRect", 10, 10, 60, 60],
                   ["globalAlpha", 0.5],
                   ["fillStyle", BLUE], ["fillRect", 40, 25, 60, 50],
                   ["strokeStyle", INK], ["lineWidth", 8], ["strokeRect", 20, 20, 40, 40],
                   ["globalAlpha", 0.4],
                   ["fillStyle", "#43a04780"], ["fillRect", 80, 10, 50, 70],
               ]),
    ]


def canvas_paths() -> list[dict]:
    pentagram_l = star(50, 54, 44)
    pentagram_r = star(150, 54, 44)
    heart = ("M60 100 C20 70 5 45 20 25 C35 5 55 15 60 30 "
             "C65 15 85 5 100 25 C115 45 100 70 60 100 Z")
    return [
        canvas("canvas_path_triangle_fill_stroke", 120, 100,
               "A closed lineTo triangle filled, then stroked 3 px with miter joins.", [
                   ["beginPath"], *poly_ops([[20, 85], [60, 15], [100, 85]]),
                   ["fillStyle", YELLOW], ["fill"],
                   ["strokeStyle", INK], ["lineWidth", 3], ["stroke"],
               ]),
        canvas("canvas_path_quadratic", 160, 120,
               "quadraticCurveTo: one tall curve and two chained shallow ones, control points "
               "marked.", [
                   ["strokeStyle", BLUE], ["lineWidth", 2],
                   ["beginPath"], ["moveTo", 10, 80], ["quadraticCurveTo", 80, 2, 150, 80],
                   ["stroke"],
                   ["strokeStyle", GREEN],
                   ["beginPath"], ["moveTo", 10, 92], ["quadraticCurveTo", 45, 60, 80, 92],
                   ["quadraticCurveTo", 115, 112, 150, 80], ["stroke"],
                   ["fillStyle", RED], ["fillRect", 78, 0, 4, 4], ["fillRect", 43, 58, 4, 4],
                   ["fillRect", 113, 110, 4, 4],
               ]),
        canvas("canvas_path_cubic", 180, 120,
               "bezierCurveTo: a filled S band and a stroked self-intersecting loop.", [
                   ["beginPath"], ["moveTo", 15, 110], ["bezierCurveTo", 15, 30, 100, 110, 100, 20],
                   ["lineTo", 115, 20], ["bezierCurveTo", 115, 120, 30, 40, 30, 110], ["closePath"],
                   ["fillStyle", PURPLE], ["fill"],
                   ["beginPath"], ["moveTo", 120, 60], ["bezierCurveTo", 170, 110, 170, 10, 120, 60],
                   ["strokeStyle", ORANGE], ["lineWidth", 3], ["stroke"],
               ]),
        canvas("canvas_path_subpaths", 160, 100,
               "One path of three sub-paths: fill closes the open one implicitly, stroke does "
               "not.", [
                   ["beginPath"], *poly_ops([[10, 90], [40, 20], [70, 90]]),
                   ["rect", 85, 15, 30, 30],
                   ["moveTo", 90, 60], ["lineTo", 150, 60], ["lineTo", 150, 95],
                   ["fillStyle", TEAL], ["fill"],
                   ["strokeStyle", INK], ["lineWidth", 2], ["stroke"],
               ]),
        canvas("canvas_fill_rule_star", 200, 100,
               "A self-intersecting pentagram: nonzero fills the centre, evenodd leaves it "
               "empty.", [
                   ["fillStyle", NAVY],
                   ["beginPath"], *poly_ops(pentagram_l), ["fill"],
                   ["beginPath"], *poly_ops(pentagram_r), ["fill", "evenodd"],
               ]),
        canvas("canvas_fill_rule_rings", 240, 90,
               "Two concentric circles: same direction nonzero = disk, evenodd = ring, opposite "
               "direction nonzero = ring.", [
                   ["fillStyle", GREEN],
                   ["beginPath"], *circle_path(40, 45, 35), *circle_path(40, 45, 18), ["fill"],
                   ["beginPath"], *circle_path(120, 45, 35), *circle_path(120, 45, 18),
                   ["fill", "evenodd"],
                   ["beginPath"], *circle_path(200, 45, 35), *circle_path(200, 45, 18, True),
                   ["fill", "nonzero"],
               ]),
        canvas("canvas_path2d_fill_rules", 120, 120,
               "Path2D from SVG path data: an evenodd square frame with relative commands and an "
               "arc-command disk in its hole.", [
                   ["fillStyle", BLUE],
                   ["fillPath2D", "M10 10 h100 v100 h-100 Z m20 20 h60 v60 h-60 z", "evenodd"],
                   ["fillStyle", ORANGE],
                   ["fillPath2D", "M45 60 A15 15 0 1 1 75 60 A15 15 0 1 1 45 60 Z", "nonzero"],
               ]),
        canvas("canvas_path2d_heart", 120, 110,
               "Path2D cubic heart: translucent nonzero fill, then a 3 px round-join stroke.", [
                   ["fillStyle", "#d81b6040"], ["fillPath2D", heart, "nonzero"],
                   ["strokeStyle", PINK], ["lineWidth", 3], ["lineJoin", "round"],
                   ["strokePath2D", heart],
               ]),
        canvas("canvas_path2d_smooth_relative", 170, 110,
               "Path2D smooth shorthands (t, s) and H/V lines in relative and absolute form.", [
                   ["strokeStyle", TEAL], ["lineWidth", 2],
                   ["strokePath2D", "M10 35 q17.5 -30 35 0 t35 0 t35 0 t35 0"],
                   ["strokeStyle", PURPLE],
                   ["strokePath2D", "M10 75 c10 -25 35 -25 45 0 s35 25 45 0 S135 50 155 75"],
                   ["strokeStyle", INK], ["lineWidth", 1],
                   ["strokePath2D", "M10.5 95.5 H80.5 V104.5 h70 v-10"],
               ]),
    ]


def canvas_arcs() -> list[dict]:
    return [
        canvas("canvas_arc_full_circles", 180, 100,
               "Full-circle arcs of radius 4, 10, 20 and 30 filled, plus one 2 px stroked "
               "circle.", [
                   ["fillStyle", BLUE],
                   *[op for cx, r in ((12, 4), (34, 10), (70, 20), (124, 30))
                     for op in (["beginPath"], ["arc", cx, 50, r, 0, 2 * PI], ["fill"])],
                   ["strokeStyle", RED], ["lineWidth", 2],
                   ["beginPath"], ["arc", 124, 50, 38, 0, 2 * PI], ["stroke"],
               ]),
        canvas("canvas_arc_partial", 200, 100,
               "Open partial arcs stroked 4 px (quarter, 225 deg, 270 deg from the top) and a "
               "filled half disk.", [
                   ["strokeStyle", NAVY], ["lineWidth", 4],
                   ["beginPath"], ["arc", 30, 50, 20, 0, PI / 2], ["stroke"],
                   ["beginPath"], ["arc", 80, 50, 20, PI / 4, 3 * PI / 2], ["stroke"],
                   ["beginPath"], ["arc", 130, 50, 20, -PI / 2, PI], ["stroke"],
                   ["fillStyle", ORANGE],
                   ["beginPath"], ["arc", 175, 45, 20, 0, PI], ["fill"],
               ]),
        canvas("canvas_arc_anticlockwise", 180, 100,
               "The same start/end angles drawn clockwise (left) and anticlockwise (right).", [
                   ["lineWidth", 6],
                   ["strokeStyle", BLUE],
                   ["beginPath"], ["arc", 45, 50, 32, 0, PI / 2, False], ["stroke"],
                   ["strokeStyle", RED],
                   ["beginPath"], ["arc", 135, 50, 32, 0, PI / 2, True], ["stroke"],
                   ["fillStyle", INK], ["fillRect", 75, 48, 4, 4], ["fillRect", 165, 48, 4, 4],
               ]),
        canvas("canvas_arc_to", 160, 100,
               "arcTo rounds two corners of a polyline (radius 25 and 40); the tangent lines "
               "are drawn thin.", [
                   ["strokeStyle", GREY], ["lineWidth", 1],
                   ["beginPath"], ["moveTo", 10.5, 90], ["lineTo", 10.5, 10.5],
                   ["lineTo", 150.5, 10.5], ["lineTo", 150.5, 90], ["stroke"],
                   ["strokeStyle", BLUE], ["lineWidth", 3],
                   ["beginPath"], ["moveTo", 10.5, 90], ["arcTo", 10.5, 10.5, 80, 10.5, 25],
                   ["arcTo", 150.5, 10.5, 150.5, 90, 40], ["lineTo", 150.5, 90], ["stroke"],
               ]),
        canvas("canvas_ellipse_rotated", 160, 120,
               "ellipse rotated by 30 deg (translucent fill + stroke) and an open half ellipse "
               "rotated -45 deg.", [
                   ["beginPath"], ["ellipse", 80, 60, 65, 28, PI / 6, 0, 2 * PI],
                   ["fillStyle", "#1e88e599"], ["fill"],
                   ["strokeStyle", INK], ["lineWidth", 2], ["stroke"],
                   ["beginPath"], ["ellipse", 80, 60, 40, 15, -PI / 4, 0, PI, False],
                   ["strokeStyle", RED], ["lineWidth", 3], ["stroke"],
               ]),
        canvas("canvas_round_rect", 200, 100,
               "roundRect with one radius, four per-corner radii and a one-element radius list, "
               "filled and stroked.", [
                   ["beginPath"], ["roundRect", 10, 10, 80, 80, 16], ["fillStyle", TEAL], ["fill"],
                   ["beginPath"], ["roundRect", 110, 10, 80, 35, [0, 12, 24, 6]],
                   ["fillStyle", ORANGE], ["fill"],
                   ["beginPath"], ["roundRect", 110, 55, 80, 35, [14]],
                   ["strokeStyle", INK], ["lineWidth", 3], ["stroke"],
               ]),
    ]


def canvas_strokes() -> list[dict]:
    def vee(x, top, bottom, half):
        return [["beginPath"], ["moveTo", x, bottom], ["lineTo", x + half, top],
                ["lineTo", x + 2 * half, bottom], ["stroke"]]

    return [
        canvas("canvas_line_caps", 160, 100,
               "12 px lines with butt, round and square caps; red guides mark the end points.", [
                   ["strokeStyle", INK], ["lineWidth", 12],
                   *[op for y, cap in ((25, "butt"), (50, "round"), (75, "square"))
                     for op in (["lineCap", cap], ["beginPath"], ["moveTo", 30, y],
                                ["lineTo", 130, y], ["stroke"])],
                   ["fillStyle", RED], ["fillRect", 30, 8, 1, 84], ["fillRect", 129, 8, 1, 84],
               ]),
        canvas("canvas_line_joins", 200, 100,
               "A 42 deg corner stroked 12 px with miter, round and bevel joins.", [
                   ["strokeStyle", NAVY], ["lineWidth", 12],
                   ["lineJoin", "miter"], *vee(15, 25, 90, 25),
                   ["lineJoin", "round"], *vee(75, 25, 90, 25),
                   ["lineJoin", "bevel"], *vee(135, 25, 90, 25),
               ]),
        canvas("canvas_miter_limit", 140, 110,
               "A 23 deg corner (miter ratio 5.1) keeps its spike at miterLimit 10 and is "
               "bevelled at miterLimit 2.", [
                   ["strokeStyle", PURPLE], ["lineWidth", 8],
                   ["miterLimit", 10], *vee(30, 40, 100, 12),
                   ["miterLimit", 2], *vee(90, 40, 100, 12),
               ]),
        canvas("canvas_stroke_widths", 200, 110,
               "Diagonal lines stroked 1, 2, 3, 7 and 12 px wide with butt caps.", [
                   ["strokeStyle", INK],
                   *[op for i, lw in enumerate([1, 2, 3, 7, 12])
                     for op in (["lineWidth", lw], ["beginPath"], ["moveTo", 15 + i * 38, 95],
                                ["lineTo", 40 + i * 38, 15], ["stroke"])],
               ]),
        canvas("canvas_hairlines_half_pixel", 120, 80,
               "1 px lines on half-pixel centres cover one pixel row; on integer centres they "
               "smear over two rows.", [
                   ["strokeStyle", INK], ["lineWidth", 1],
                   ["beginPath"], ["moveTo", 5, 10.5], ["lineTo", 115, 10.5], ["stroke"],
                   ["beginPath"], ["moveTo", 5, 20], ["lineTo", 115, 20], ["stroke"],
                   ["beginPath"], ["moveTo", 10.5, 30], ["lineTo", 10.5, 75], ["stroke"],
                   ["beginPath"], ["moveTo", 20, 30], ["lineTo", 20, 75], ["stroke"],
                   ["strokeRect", 40.5, 30.5, 60, 30],
                   ["beginPath"], ["moveTo", 40, 75], ["lineTo", 110, 65], ["stroke"],
               ]),
        canvas("canvas_dash_patterns", 200, 100,
               "setLineDash patterns [10,5], [2,4], [15,5,5,5] and an odd-length [5,10,15] "
               "(repeated to even length).", [
                   ["strokeStyle", BLUE], ["lineWidth", 3],
                   *[op for y, dash in ((20, [10, 5]), (40, [2, 4]), (60, [15, 5, 5, 5]),
                                        (80, [5, 10, 15]))
                     for op in (["setLineDash", dash], ["beginPath"], ["moveTo", 10, y],
                                ["lineTo", 190, y], ["stroke"])],
               ]),
        canvas("canvas_dash_offset", 200, 100,
               "The dash [12,6] shifted by lineDashOffset 0, 4, 9 and -5.", [
                   ["strokeStyle", RED], ["lineWidth", 4], ["setLineDash", [12, 6]],
                   *[op for y, off in ((20, 0), (40, 4), (60, 9), (80, -5))
                     for op in (["lineDashOffset", off], ["beginPath"], ["moveTo", 10, y],
                                ["lineTo", 190, y], ["stroke"])],
               ]),
        canvas("canvas_dash_curves_round_caps", 170, 100,
               "Dashes follow curves and corners: round-capped dots on a circle and [8,4] "
               "around a rectangle.", [
                   ["strokeStyle", GREEN], ["lineWidth", 5], ["lineCap", "round"],
                   ["setLineDash", [1, 9]],
                   ["beginPath"], ["arc", 50, 50, 38, 0, 2 * PI], ["stroke"],
                   ["strokeStyle", INK], ["lineWidth", 2], ["lineCap", "butt"],
                   ["setLineDash", [8, 4]],
                   ["strokeRect", 100, 15, 60, 70],
               ]),
        canvas("canvas_stroke_closed_vs_open", 180, 100,
               "A closed triangle joins at its start; the same open path gets caps there.", [
                   ["strokeStyle", TEAL], ["lineWidth", 10], ["lineCap", "butt"],
                   ["beginPath"], *poly_ops([[15, 85], [50, 15], [85, 85]]), ["stroke"],
                   ["beginPath"], *poly_ops([[95, 85], [130, 15], [165, 85], [95, 85]],
                                            close=False), ["stroke"],
               ]),
    ]


def canvas_transforms() -> list[dict]:
    c30, s30 = r3(math.cos(PI / 6)), r3(math.sin(PI / 6))
    return [
        canvas("canvas_translate_rotate", 120, 120,
               "Twelve bars rotated 30 deg apart around a translated origin.", [
                   ["save"], ["translate", 60, 60],
                   *[op for i in range(12)
                     for op in (["rotate", PI / 6], ["fillStyle", RAINBOW[i % len(RAINBOW)]],
                                ["fillRect", 18, -3, 36, 6])],
                   ["restore"],
                   ["fillStyle", INK], ["fillRect", 56, 56, 8, 8],
               ]),
        canvas("canvas_scale_nonuniform", 160, 100,
               "scale(2.5, 1) stretches a stroked circle and its stroke width horizontally.", [
                   ["save"], ["translate", 80, 50], ["scale", 2.5, 1],
                   ["beginPath"], ["arc", 0, 0, 25, 0, 2 * PI],
                   ["strokeStyle", BLUE], ["lineWidth", 4], ["stroke"],
                   ["restore"],
                   ["save"], ["scale", 0.5, 0.5], ["fillStyle", RED],
                   ["fillRect", 140, 70, 40, 60], ["restore"],
               ]),
        canvas("canvas_set_transform_skew", 160, 100,
               "setTransform with skew factors replaces the matrix; resetTransform restores "
               "identity.", [
                   ["setTransform", 1, 0, 0.5, 1, 10, 10], ["fillStyle", BLUE],
                   ["fillRect", 0, 0, 60, 60],
                   ["setTransform", 1, 0.3, 0, 1, 95, 5], ["fillStyle", RED],
                   ["fillRect", 0, 0, 50, 50],
                   ["resetTransform"], ["strokeStyle", INK], ["lineWidth", 1],
                   ["strokeRect", 0.5, 0.5, 159, 99],
               ]),
        canvas("canvas_transform_compose", 140, 140,
               "transform() multiplies translate, rotate(30 deg) and scale(1.5, 0.75) onto "
               "the current matrix.", [
                   ["transform", 1, 0, 0, 1, 70, 70],
                   ["transform", c30, s30, -s30, c30, 0, 0],
                   ["transform", 1.5, 0, 0, 0.75, 0, 0],
                   ["fillStyle", YELLOW], ["fillRect", -30, -30, 60, 60],
                   ["strokeStyle", INK], ["lineWidth", 2], ["strokeRect", -30, -30, 60, 60],
                   ["beginPath"], ["moveTo", -30, 0], ["lineTo", 30, 0], ["stroke"],
               ]),
        canvas("canvas_save_restore_nested", 160, 100,
               "Nested save/restore bring back fillStyle, globalAlpha and the transform; an "
               "extra restore does nothing.", [
                   ["fillStyle", RED],
                   ["save"], ["fillStyle", BLUE], ["translate", 50, 0],
                   ["save"], ["fillStyle", GREEN], ["translate", 50, 0], ["globalAlpha", 0.5],
                   ["fillRect", 10, 10, 40, 40],
                   ["restore"], ["fillRect", 10, 10, 40, 40],
                   ["restore"], ["fillRect", 10, 10, 40, 40],
                   ["restore"], ["fillRect", 10, 60, 140, 30],
               ]),
    ]


def canvas_clips() -> list[dict]:
    return [
        canvas("canvas_clip_rect", 120, 100,
               "A rect clip cuts a circle and a thick diagonal stroke.", [
                   ["beginPath"], ["rect", 20, 20, 80, 60], ["clip"],
                   ["beginPath"], ["arc", 60, 50, 45, 0, 2 * PI], ["fillStyle", ORANGE], ["fill"],
                   ["beginPath"], ["moveTo", 0, 100], ["lineTo", 120, 0],
                   ["strokeStyle", NAVY], ["lineWidth", 10], ["stroke"],
               ]),
        canvas("canvas_clip_circle_stripes", 120, 120,
               "A circular path clip on 10 px stripes, with the circle stroked inside the clip "
               "(only the inner half shows).", [
                   ["beginPath"], ["arc", 60, 60, 50, 0, 2 * PI], ["clip"],
                   *[op for i in range(12)
                     for op in (["fillStyle", BLUE if i % 2 else YELLOW],
                                ["fillRect", i * 10, 0, 10, 120])],
                   ["strokeStyle", INK], ["lineWidth", 6], ["stroke"],
               ]),
        canvas("canvas_clip_evenodd_ring", 120, 120,
               "clip('evenodd') with two circles clips to a ring.", [
                   ["beginPath"], *circle_path(60, 60, 52), *circle_path(60, 60, 28),
                   ["clip", "evenodd"],
                   ["fillStyle", BLUE], ["fillRect", 0, 0, 120, 120],
                   ["fillStyle", RED], ["fillRect", 0, 50, 120, 20],
               ]),
        canvas("canvas_clip_intersect_restore", 160, 100,
               "Two nested rect clips intersect; restore removes them for the next fill.", [
                   ["save"],
                   ["beginPath"], ["rect", 10, 10, 90, 60], ["clip"],
                   ["beginPath"], ["rect", 50, 30, 90, 60], ["clip"],
                   ["fillStyle", GREEN], ["fillRect", 0, 0, 160, 100],
                   ["restore"],
                   ["strokeStyle", INK], ["lineWidth", 1],
                   ["strokeRect", 10.5, 10.5, 89, 59], ["strokeRect", 50.5, 30.5, 89, 59],
                   ["fillStyle", "#e5393580"], ["beginPath"], ["arc", 130, 25, 18, 0, 2 * PI],
                   ["fill"],
               ]),
        canvas("canvas_clip_path2d_star", 120, 120,
               "A Path2D star clip over a linear gradient.", [
                   ["clipPath2D", svg_poly(star_outline(60, 63, 56, 24))],
                   ["fillStyle", {"linear": [0, 0, 120, 120],
                                  "stops": [[0, YELLOW], [1, RED]]}],
                   ["fillRect", 0, 0, 120, 120],
               ]),
    ]


def canvas_gradients() -> list[dict]:
    wheel = [[0, RED], [1 / 6, "#ffff00"], [2 / 6, "#00ff00"], [3 / 6, "#00ffff"],
             [4 / 6, "#0000ff"], [5 / 6, "#ff00ff"], [1, RED]]
    wheel = [[r3(o), c] for o, c in wheel]
    return [
        canvas("canvas_linear_gradient_horizontal", 160, 80,
               "A three-stop horizontal gradient from x=20 to x=140, padded with the end "
               "colours outside.", [
                   ["fillStyle", {"linear": [20, 0, 140, 0],
                                  "stops": [[0, RED], [0.5, YELLOW], [1, BLUE]]}],
                   ["fillRect", 0, 0, 160, 80],
               ]),
        canvas("canvas_linear_gradient_diagonal", 120, 120,
               "A diagonal linear gradient filling a circle.", [
                   ["fillStyle", {"linear": [10, 10, 110, 110],
                                  "stops": [[0, TEAL], [0.6, "#b2dfdb"], [1, NAVY]]}],
                   ["beginPath"], ["arc", 60, 60, 52, 0, 2 * PI], ["fill"],
               ]),
        canvas("canvas_linear_gradient_stroke", 180, 100,
               "A linear gradient as strokeStyle on a 12 px round-capped zigzag.", [
                   ["strokeStyle", {"linear": [20, 0, 160, 0],
                                    "stops": [[0, PURPLE], [1, ORANGE]]}],
                   ["lineWidth", 12], ["lineCap", "round"], ["lineJoin", "round"],
                   ["beginPath"], *poly_ops([[20, 80], [55, 20], [90, 80], [125, 20], [160, 80]],
                                            close=False), ["stroke"],
               ]),
        canvas("canvas_gradient_hard_stops", 160, 80,
               "Coincident stop offsets make hard colour edges inside a gradient.", [
                   ["fillStyle", {"linear": [0, 0, 160, 0],
                                  "stops": [[0, RED], [0.5, RED], [0.5, BLUE], [1, BLUE]]}],
                   ["fillRect", 0, 0, 160, 40],
                   ["fillStyle", {"linear": [0, 40, 0, 80],
                                  "stops": [[0, GREEN], [0.25, GREEN], [0.25, YELLOW],
                                            [0.75, PURPLE], [0.75, INK], [1, INK]]}],
                   ["fillRect", 0, 40, 160, 40],
               ]),
        canvas("canvas_radial_gradient_fill", 120, 120,
               "A concentric radial gradient (r0 = 0) over the whole canvas; outside r1 the "
               "last colour pads.", [
                   ["fillStyle", {"radial": [60, 60, 0, 60, 60, 50],
                                  "stops": [[0, WHITE], [1, BLUE]]}],
                   ["fillRect", 0, 0, 120, 120],
               ]),
        canvas("canvas_radial_gradient_multi_stop", 140, 120,
               "A four-stop radial gradient filling a circle; a rect beyond r1 shows the padded "
               "last colour.", [
                   ["fillStyle", {"radial": [60, 60, 0, 60, 60, 55],
                                  "stops": [[0, RED], [0.3, YELLOW], [0.6, GREEN], [1, BLUE]]}],
                   ["beginPath"], ["arc", 60, 60, 55, 0, 2 * PI], ["fill"],
                   ["fillRect", 118, 10, 20, 100],
               ]),
        canvas("canvas_radial_gradient_stroke", 140, 140,
               "A radial gradient as strokeStyle: three stroked circles pick up three colours.", [
                   ["strokeStyle", {"radial": [70, 70, 0, 70, 70, 66],
                                    "stops": [[0, YELLOW], [0.5, RED], [1, NAVY]]}],
                   ["lineWidth", 12],
                   *[op for r in (18, 38, 58)
                     for op in (["beginPath"], ["arc", 70, 70, r, 0, 2 * PI], ["stroke"])],
               ]),
        canvas("canvas_conic_gradient_fill", 120, 120,
               "A conic colour wheel starting at 3 o'clock and turning clockwise.", [
                   ["fillStyle", {"conic": [0, 60, 60], "stops": wheel}],
                   ["beginPath"], ["arc", 60, 60, 54, 0, 2 * PI], ["fill"],
               ]),
        canvas("canvas_conic_gradient_stroke", 120, 120,
               "A conic gradient starting at 12 o'clock on a 16 px ring stroke.", [
                   ["strokeStyle", {"conic": [-PI / 2, 60, 60],
                                    "stops": [[0, TEAL], [0.7, YELLOW], [1, RED]]}],
                   ["lineWidth", 16],
                   ["beginPath"], ["arc", 60, 60, 44, 0, 2 * PI], ["stroke"],
               ]),
        canvas("canvas_gradient_under_transform", 160, 100,
               "Gradient coordinates live in user space: a rotated square carries a rotated "
               "gradient.", [
                   ["fillStyle", {"linear": [-35, 0, 35, 0],
                                  "stops": [[0, BLUE], [1, YELLOW]]}],
                   ["translate", 50, 50], ["rotate", PI / 4], ["fillRect", -30, -30, 60, 60],
                   ["resetTransform"], ["translate", 125, 50], ["fillRect", -30, -40, 60, 80],
               ]),
    ]


def canvas_effects() -> list[dict]:
    return [
        canvas("canvas_shadow_rect_blur", 160, 120,
               "shadowBlur 10 with a (6, 6) offset under a filled rect.", [
                   ["shadowColor", "#00000080"], ["shadowBlur", 10],
                   ["shadowOffsetX", 6], ["shadowOffsetY", 6],
                   ["fillStyle", BLUE], ["fillRect", 30, 25, 80, 60],
               ]),
        canvas("canvas_shadow_circle", 140, 140,
               "An opaque red shadow, blur 16 and offset (-4, 8), under a filled circle.", [
                   ["shadowColor", RED], ["shadowBlur", 16],
                   ["shadowOffsetX", -4], ["shadowOffsetY", 8],
                   ["fillStyle", YELLOW], ["beginPath"], ["arc", 70, 62, 40, 0, 2 * PI],
                   ["fill"],
               ]),
        canvas("canvas_shadow_hard_offset", 140, 110,
               "shadowBlur 0: a crisp offset copy under both a fill and a stroke.", [
                   ["shadowColor", "#21212199"], ["shadowOffsetX", 8], ["shadowOffsetY", 8],
                   ["fillStyle", GREEN], ["beginPath"],
                   *poly_ops([[15, 90], [50, 15], [85, 90]]), ["fill"],
                   ["strokeStyle", ORANGE], ["lineWidth", 6], ["beginPath"],
                   ["moveTo", 95, 20], ["lineTo", 115, 90], ["stroke"],
               ]),
        canvas("canvas_composite_destination_out", 120, 100,
               "destination-out punches an opaque hole and half-erases a stripe; source-over "
               "then draws again.", [
                   ["fillStyle", BLUE], ["fillRect", 0, 0, 120, 100],
                   ["globalCompositeOperation", "destination-out"],
                   ["beginPath"], ["arc", 45, 50, 28, 0, 2 * PI], ["fill"],
                   ["fillStyle", "#00000080"], ["fillRect", 85, 0, 20, 100],
                   ["globalCompositeOperation", "source-over"],
                   ["strokeStyle", YELLOW], ["lineWidth", 4],
                   ["beginPath"], ["moveTo", 0, 90], ["lineTo", 120, 10], ["stroke"],
               ]),
        canvas("canvas_composite_copy", 120, 100,
               "copy replaces the whole canvas with the source: only a half-transparent circle "
               "remains.", [
                   ["fillStyle", RED], ["fillRect", 0, 0, 120, 100],
                   ["globalCompositeOperation", "copy"],
                   ["fillStyle", "#1e88e580"], ["beginPath"], ["arc", 60, 50, 35, 0, 2 * PI],
                   ["fill"],
               ]),
    ]


def canvas_charts() -> list[dict]:
    n = 1000
    pts = []
    for i in range(n + 1):
        t = i / n
        y = 60 - 30 * math.sin(t * 2 * PI * 2) - 12 * math.sin(t * 2 * PI * 23) * math.cos(t * 7)
        pts.append([r3(10 + 220 * t), r3(y)])
    bars = [45, 80, 30, 95, 60, 110, 70]
    pie = [0.35, 0.25, 0.2, 0.12, 0.08]
    pie_ops, a = [], -PI / 2
    for i, f in enumerate(pie):
        b = a + f * 2 * PI
        pie_ops += [["fillStyle", [BLUE, ORANGE, GREEN, PURPLE, RED][i]], ["beginPath"],
                    ["moveTo", 70, 70], ["arc", 70, 70, 60, r3(a), r3(b)], ["closePath"],
                    ["fill"], ["stroke"]]
        a = b
    area = [[10 + 30 * i, y] for i, y in enumerate([90, 60, 70, 35, 50, 20, 40])]
    return [
        canvas("canvas_chart_polyline_1000", 240, 120,
               "A 1,000-segment polyline chart (1.5 px, round joins) over hairline axes.", [
                   ["strokeStyle", GREY], ["lineWidth", 1],
                   ["beginPath"], ["moveTo", 9.5, 5], ["lineTo", 9.5, 110.5],
                   ["lineTo", 235, 110.5], ["stroke"],
                   ["strokeStyle", BLUE], ["lineWidth", 1.5], ["lineJoin", "round"],
                   ["beginPath"], *poly_ops(pts, close=False), ["stroke"],
               ]),
        canvas("canvas_chart_bars", 200, 140,
               "A bar chart: half-pixel grid lines, axes with ticks, and seven bars.", [
                   ["strokeStyle", LIGHT], ["lineWidth", 1],
                   *[op for y in (30, 60, 90)
                     for op in (["beginPath"], ["moveTo", 25, y + 0.5], ["lineTo", 195, y + 0.5],
                                ["stroke"])],
                   *[op for i, hgt in enumerate(bars)
                     for op in (["fillStyle", RAINBOW[i]], ["fillRect", 32 + i * 23, 120 - hgt,
                                                            16, hgt])],
                   ["strokeStyle", INK],
                   ["beginPath"], ["moveTo", 25.5, 5], ["lineTo", 25.5, 120.5],
                   ["lineTo", 195, 120.5], ["stroke"],
                   *[op for i in range(len(bars))
                     for op in (["beginPath"], ["moveTo", 40.5 + i * 23, 121],
                                ["lineTo", 40.5 + i * 23, 126], ["stroke"])],
               ]),
        canvas("canvas_chart_pie", 140, 140,
               "A pie chart of five arc wedges from 12 o'clock, separated by 2 px white "
               "strokes.", [
                   ["strokeStyle", WHITE], ["lineWidth", 2], ["lineJoin", "round"], *pie_ops,
               ]),
        canvas("canvas_chart_area_gradient", 200, 110,
               "An area chart: a vertical gradient fill under a 2 px line with round joins.", [
                   ["fillStyle", {"linear": [0, 20, 0, 100],
                                  "stops": [[0, "#1e88e5"], [1, "#e3f2fd"]]}],
                   ["beginPath"], ["moveTo", 10, 100], *[["lineTo", *p] for p in area],
                   ["lineTo", area[-1][0], 100], ["closePath"], ["fill"],
                   ["strokeStyle", NAVY], ["lineWidth", 2], ["lineJoin", "round"],
                   ["beginPath"], *poly_ops(area, close=False), ["stroke"],
               ]),
    ]


# Small bitmaps for the image scenes, as straight RGBA rows.
def rgba(hexes: list[str]) -> list[int]:
    out = []
    for h in hexes:
        h = h.lstrip("#")
        h = h + "ff" if len(h) == 6 else h
        out += [int(h[i:i + 2], 16) for i in (0, 2, 4, 6)]
    return out


T = "#00000000"
QUAD = rgba([RED, RED, GREEN, GREEN,
             RED, RED, GREEN, GREEN,
             BLUE, BLUE, YELLOW, YELLOW,
             BLUE, BLUE, YELLOW, YELLOW])
DOTS = rgba([T, T, T, T,
             T, PINK, "#d8196080", T,
             T, "#d8196080", PINK, T,
             T, T, T, T])
TILE = rgba([NAVY, NAVY, NAVY, LIGHT, LIGHT, LIGHT] * 3 + [LIGHT, LIGHT, LIGHT, NAVY, NAVY, NAVY] * 3)


def canvas_text() -> list[dict]:
    def t(name, w, h, note, ops):
        return canvas(name, w, h, note, ops, text=True)

    guide = lambda x0, y0, x1, y1: [  # noqa: E731
        ["strokeStyle", "#ef9a9a"], ["lineWidth", 1],
        ["beginPath"], ["moveTo", x0, y0], ["lineTo", x1, y1], ["stroke"]]
    return [
        t("canvas_text_fill", 200, 80,
          "fillText in regular 20 px and bold 14 px DejaVu Sans at the alphabetic baseline.", [
              ["font", "20px DejaVu Sans"], ["fillStyle", INK],
              ["fillText", "Hello, ArkUI", 10, 35],
              ["font", "bold 14px DejaVu Sans"], ["fillStyle", RED],
              ["fillText", "0123456789", 10, 65],
          ]),
        t("canvas_text_stroke", 200, 80,
          "strokeText outlines bold 36 px glyphs; fill then stroke on the second word.", [
              ["font", "bold 36px DejaVu Sans"], ["strokeStyle", BLUE], ["lineWidth", 1.5],
              ["strokeText", "Edge", 8, 40],
              ["font", "bold 28px DejaVu Sans"], ["fillStyle", YELLOW],
              ["fillText", "Fill", 110, 70], ["strokeStyle", INK], ["lineWidth", 2],
              ["strokeText", "Fill", 110, 70],
          ]),
        t("canvas_text_align", 200, 130,
          "textAlign left, center, right, start and end against a guide at x = 100.", [
              *guide(100.5, 0, 100.5, 130),
              ["font", "16px DejaVu Sans"], ["fillStyle", INK],
              *[op for i, al in enumerate(("left", "center", "right", "start", "end"))
                for op in (["textAlign", al], ["fillText", al, 100, 22 + i * 24])],
          ]),
        t("canvas_text_baseline", 240, 80,
          "textBaseline top, middle, alphabetic and bottom against a guide at y = 40.", [
              *guide(0, 40.5, 240, 40.5),
              ["font", "16px DejaVu Sans"], ["fillStyle", NAVY],
              *[op for i, bl in enumerate(("top", "middle", "alphabetic", "bottom"))
                for op in (["textBaseline", bl], ["fillText", "Hg" + bl[:3], 6 + i * 58, 40])],
          ]),
        t("canvas_text_pattern_and_gradient_stroke", 200, 100,
          "fillText with an image pattern (tiles from the canvas origin) and strokeText with a "
          "gradient: the paint shows through the glyphs only.", [
              ["defineImage", "tile", 6, 6, TILE],
              ["font", "bold 40px DejaVu Sans"],
              ["fillStyle", {"pattern": "tile", "repetition": "repeat"}],
              ["fillText", "Tiles", 8, 44],
              ["strokeStyle", {"linear": [0, 0, 200, 0], "stops": [[0, RED], [1, BLUE]]}],
              ["lineWidth", 2], ["strokeText", "Stroke", 8, 90],
          ]),
        t("canvas_text_gradient_rotated", 160, 120,
          "Bold text filled with a linear gradient in a rotated coordinate system.", [
              ["translate", 20, 95], ["rotate", -PI / 8],
              ["fillStyle", {"linear": [0, 0, 120, 0], "stops": [[0, PURPLE], [1, ORANGE]]}],
              ["font", "bold 32px DejaVu Sans"], ["fillText", "ArkUI", 0, 0],
          ]),
    ]


# ============================================================================================
# kind = "shapes"


def shape(type_: str, x, y, w, h, **attrs) -> dict:
    return {"type": type_, "x": x, "y": y, "width": w, "height": h, **attrs}


def shape_scenes() -> list[dict]:
    outer = star(50, 52, 44)
    wide = lambda pts, dx: [[x + dx, y] for x, y in pts]  # noqa: E731
    hexagon = [[r3(60 + 50 * math.cos(PI / 3 * k)), r3(55 + 50 * math.sin(PI / 3 * k))]
               for k in range(6)]
    return [
        shapes("shape_circle_fill", 100, 100,
               "A Circle with ArkUI's default black fill replaced by blue.",
               [shape("circle", 10, 10, 80, 80, fill=BLUE)]),
        shapes("shape_circle_non_square", 180, 100,
               "A Circle in a non-square frame uses min(w, h)/2 centred; stroke only, 4 px.", [
                   shape("rect", 10, 10, 160, 80, fill=LIGHT),
                   shape("circle", 10, 10, 160, 80, fill="none", stroke=RED, strokeWidth=4),
               ]),
        shapes("shape_ellipse", 170, 100,
               "An Ellipse with fillOpacity 0.6 and a 3 px stroke.", [
                   shape("ellipse", 10, 10, 150, 80, fill=GREEN, fillOpacity=0.6, stroke=INK,
                         strokeWidth=3),
               ]),
        shapes("shape_rect_fill_and_stroke", 180, 100,
               "A filled Rect and a stroke-only Rect whose 6 px stroke straddles its edge.", [
                   shape("rect", 10, 10, 70, 80, fill=ORANGE),
                   shape("rect", 100, 13, 64, 74, fill="none", stroke=BLUE, strokeWidth=6),
               ]),
        shapes("shape_rect_radius", 180, 100,
               "Rect radius 12 (filled) and 30 (filled and stroked).", [
                   shape("rect", 10, 10, 70, 80, radius=12, fill=TEAL),
                   shape("rect", 100, 10, 70, 80, radius=30, fill=YELLOW, stroke=INK,
                         strokeWidth=2),
               ]),
        shapes("shape_rect_radius_elliptic", 180, 100,
               "radiusWidth and radiusHeight give elliptical corners.", [
                   shape("rect", 10, 10, 70, 80, radiusWidth=30, radiusHeight=12, fill=PURPLE),
                   shape("rect", 100, 10, 70, 80, radiusWidth=8, radiusHeight=30, fill=PINK),
               ]),
        shapes("shape_line_caps", 160, 100,
               "Lines 10 px wide with butt, round and square caps over guides at the end "
               "points.", [
                   *[shape("line", 30, 15 + i * 25, 100, 20, startPoint=[0, 10],
                           endPoint=[100, 10], stroke=c, strokeWidth=10, strokeLineCap=cap)
                     for i, (cap, c) in enumerate((("butt", NAVY), ("round", GREEN),
                                                    ("square", ORANGE)))],
                   shape("line", 0, 0, 160, 100, startPoint=[30, 5], endPoint=[30, 95],
                         stroke=RED),
                   shape("line", 0, 0, 160, 100, startPoint=[130, 5], endPoint=[130, 95],
                         stroke=RED),
               ]),
        shapes("shape_line_dash", 200, 100,
               "strokeDashArray with strokeDashOffset, and round-capped dots.", [
                   shape("line", 10, 10, 180, 20, startPoint=[0, 10], endPoint=[180, 10],
                         stroke=INK, strokeWidth=4, strokeDashArray=[12, 6]),
                   shape("line", 10, 40, 180, 20, startPoint=[0, 10], endPoint=[180, 10],
                         stroke=INK, strokeWidth=4, strokeDashArray=[12, 6],
                         strokeDashOffset=6),
                   shape("line", 10, 70, 180, 20, startPoint=[0, 10], endPoint=[180, 10],
                         stroke=BLUE, strokeWidth=6, strokeDashArray=[0.5, 11.5],
                         strokeLineCap="round"),
               ]),
        shapes("shape_polyline_joins", 220, 100,
               "Polylines 10 px wide with miter, round and bevel joins (fill none).", [
                   shape("polyline", 10 + i * 70, 10, 60, 80,
                         points=[[5, 75], [30, 10], [55, 75]], fill="none", stroke=c,
                         strokeWidth=10, strokeLineJoin=j)
                   for i, (j, c) in enumerate((("miter", NAVY), ("round", TEAL),
                                                ("bevel", PURPLE)))
               ]),
        shapes("shape_polyline_miter_limit", 200, 110,
               "A 23 deg corner (miter ratio 5.1): bevelled at ArkUI's default limit 4, kept at "
               "10, bevelled at 2.", [
                   shape("polyline", 20 + i * 60, 0, 40, 110,
                         points=[[8, 100], [20, 40], [32, 100]], fill="none", stroke=INK,
                         strokeWidth=8, **({} if ml is None else {"strokeMiterLimit": ml}))
                   for i, ml in enumerate((None, 10, 2))
               ]),
        shapes("shape_polyline_default_fill", 160, 100,
               "A Polyline without a fill attribute is filled black (ArkUI's default), with "
               "an open red stroke.", [
                   shape("polyline", 10, 10, 140, 80,
                         points=[[0, 80], [40, 0], [80, 60], [140, 10]], stroke=RED,
                         strokeWidth=3),
               ]),
        shapes("shape_polygon_fill_stroke", 130, 120,
               "A hexagon Polygon filled and stroked 3 px with round joins.", [
                   shape("polygon", 5, 5, 120, 110, points=hexagon, fill=TEAL, stroke=INK,
                         strokeWidth=3, strokeLineJoin="round"),
               ]),
        shapes("shape_polygon_star_fill_rule", 200, 100,
               "A pentagram Polygon: fillRule nonzero fills the centre, evenodd does not.", [
                   shape("polygon", 0, 0, 100, 100, points=outer, fill=NAVY),
                   shape("polygon", 100, 0, 100, 100, points=outer, fill=NAVY,
                         fillRule="evenodd"),
               ]),
        shapes("shape_path_curves", 170, 120,
               "A Path with cubic and quadratic segments, filled and stroked.", [
                   shape("path", 5, 5, 160, 110,
                         commands="M5 100 C35 5 125 5 155 100 Q80 60 5 100 Z", fill=PURPLE,
                         stroke=INK, strokeWidth=2),
               ]),
        shapes("shape_path_arcs_relative", 170, 120,
               "A Path of relative commands with an arc segment (a) and h/v lines; fill none.", [
                   shape("path", 5, 5, 160, 110,
                         commands="M20 60 a40 40 0 0 1 80 0 h40 v40 h-120 z m60 -20 "
                                  "a15 25 30 1 0 1 0",
                         fill="none", stroke=BLUE, strokeWidth=3, strokeLineJoin="round"),
               ]),
        shapes("shape_fill_stroke_opacity", 170, 100,
               "fillOpacity and strokeOpacity 0.5: the fill shows through the inner half of "
               "a 12 px stroke.", [
                   shape("rect", 10, 10, 90, 80, fill=RED),
                   shape("rect", 50, 25, 100, 60, fill=BLUE, fillOpacity=0.5, stroke=GREEN,
                         strokeWidth=12, strokeOpacity=0.5),
               ]),
        shapes("shape_alpha_hex_colors", 160, 100,
               "#rrggbbaa fill and stroke colours blend over each other.", [
                   shape("circle", 10, 10, 80, 80, fill="#e5393599"),
                   shape("circle", 70, 10, 80, 80, fill="#1e88e599", stroke="#21212166",
                         strokeWidth=8),
               ]),
        shapes("shape_viewport_scale_up", 120, 120,
               "viewPort [0,0,24,24] on a 120x120 Path scales an icon and its stroke width 5x.", [
                   shape("path", 0, 0, 120, 120, viewPort=[0, 0, 24, 24],
                         commands="M4 12 L10 18 L20 6", fill="none", stroke=GREEN,
                         strokeWidth=3, strokeLineCap="round", strokeLineJoin="round"),
               ]),
        shapes("shape_viewport_meet_letterbox", 200, 100,
               "A square viewPort in a 180x80 Path: uniform scale 1.6, centred horizontally "
               "(xMidYMid meet).", [
                   shape("rect", 10, 10, 180, 80, fill=LIGHT),
                   shape("path", 10, 10, 180, 80, viewPort=[0, 0, 50, 50],
                         commands="M0 0 H50 V50 H0 Z M10 10 V40 H40 V10 Z",
                         fill=ORANGE, fillRule="evenodd"),
               ]),
        shapes("shape_viewport_offset", 120, 120,
               "viewPort [100,100,200,200] maps a Polygon given in 100..300 onto 0..100 at half "
               "scale (stroke 8 -> 4 px).", [
                   shape("polygon", 10, 10, 100, 100, viewPort=[100, 100, 200, 200],
                         points=[[200, 110], [290, 200], [200, 290], [110, 200]], fill=BLUE,
                         stroke=INK, strokeWidth=8),
               ]),
        shapes("shape_anti_alias_off", 180, 100,
               "antiAlias false (right) draws hard-edged pixels; the left copy is antialiased.", [
                   shape("circle", 10, 10, 70, 70, fill=RED),
                   shape("line", 10, 85, 70, 10, startPoint=[0, 10], endPoint=[70, 0],
                         stroke=INK, strokeWidth=2),
                   shape("circle", 100, 10, 70, 70, fill=RED, antiAlias=False),
                   shape("line", 100, 85, 70, 10, startPoint=[0, 10], endPoint=[70, 0],
                         stroke=INK, strokeWidth=2, antiAlias=False),
               ]),
        shapes("shape_dashed_circle", 120, 120,
               "A dashed Circle stroke; dashes start at 3 o'clock and run clockwise, shifted by "
               "the offset.", [
                   shape("circle", 15, 15, 90, 90, fill="none", stroke=PURPLE, strokeWidth=6,
                         strokeDashArray=[20, 10], strokeDashOffset=5),
               ]),
        shapes("shape_icon_composition", 200, 100,
               "A small icon built from a rounded Rect, a Circle, Lines and a Polyline.", [
                   shape("rect", 10, 10, 80, 80, radius=16, fill=NAVY),
                   shape("circle", 30, 30, 40, 40, fill="none", stroke=WHITE, strokeWidth=4),
                   shape("line", 65, 65, 20, 20, startPoint=[0, 0], endPoint=[14, 14],
                         stroke=WHITE, strokeWidth=5, strokeLineCap="round"),
                   shape("polyline", 105, 20, 85, 60,
                         points=[[0, 50], [20, 30], [40, 40], [60, 10], [80, 20]], fill="none",
                         stroke=ORANGE, strokeWidth=3, strokeLineJoin="round",
                         strokeLineCap="round"),
                   shape("line", 105, 85, 85, 2, startPoint=[0, 0], endPoint=[85, 0],
                         stroke=GREY, strokeWidth=2),
               ]),
    ]


# ============================================================================================
# kind = "css"


def box(x, y, w, h, **attrs) -> dict:
    return {"x": x, "y": y, "width": w, "height": h, **attrs}


def shadow(radius, color, dx=0, dy=0) -> dict:
    return {"radius": radius, "color": color, "offsetX": dx, "offsetY": dy}


def css_backgrounds_borders() -> list[dict]:
    return [
        css("css_background_colors", 160, 100,
            "Plain backgrounds; a #rrggbbaa box blends over the others.", [
                box(10, 10, 70, 50, backgroundColor=RED),
                box(70, 35, 80, 55, backgroundColor=GREEN),
                box(40, 25, 60, 60, backgroundColor="#1e88e580"),
            ]),
        css("css_border_radius_uniform", 180, 100,
            "Uniform borderRadius 12 and a radius of half the size (a circle).", [
                box(10, 10, 80, 80, backgroundColor=TEAL, borderRadius=12),
                box(100, 10, 70, 70, backgroundColor=ORANGE, borderRadius=35),
            ]),
        css("css_border_radius_per_corner", 200, 100,
            "Per-corner radii [top-left, top-right, bottom-right, bottom-left].", [
                box(10, 10, 85, 80, backgroundColor=PURPLE, borderRadius=[0, 20, 40, 10]),
                box(105, 10, 85, 80, backgroundColor=BLUE, borderRadius=[30, 0, 30, 0]),
            ]),
        css("css_border_radius_oversized", 180, 100,
            "A borderRadius larger than half the height (60 on 160x50) becomes a pill.", [
                box(10, 25, 160, 50, backgroundColor=PINK, borderRadius=60),
            ]),
        css("css_border_solid", 180, 100,
            "Solid borders 1 px and 6 px inside the border box, over a background.", [
                box(10, 10, 70, 80, backgroundColor=YELLOW, borderWidth=1, borderColor=INK),
                box(95, 10, 75, 80, backgroundColor=YELLOW, borderWidth=6, borderColor=NAVY),
            ]),
        css("css_border_per_side_widths", 160, 100,
            "borderWidth [left 2, top 6, right 10, bottom 14] in one colour.", [
                box(20, 10, 120, 80, backgroundColor=LIGHT, borderWidth=[2, 6, 10, 14],
                    borderColor=INK),
            ]),
        css("css_border_per_side_colors", 160, 100,
            "10 px borders with a different colour per side meet on corner diagonals.", [
                box(20, 10, 120, 80, backgroundColor=WHITE, borderWidth=10,
                    borderColor=[RED, GREEN, BLUE, YELLOW]),
            ]),
        css("css_border_per_side_rounded", 160, 110,
            "Unequal per-side widths and colours around 24 px rounded corners.", [
                box(15, 10, 130, 90, backgroundColor=LIGHT, borderRadius=24,
                    borderWidth=[4, 8, 12, 8], borderColor=[TEAL, ORANGE, PURPLE, NAVY]),
            ]),
        css("css_border_rounded", 180, 100,
            "A uniform 6 px border following 24 px corners, and a 3 px ring on a circle.", [
                box(10, 10, 90, 80, backgroundColor=YELLOW, borderRadius=24, borderWidth=6,
                    borderColor=INK),
                box(110, 15, 60, 60, backgroundColor=WHITE, borderRadius=30, borderWidth=3,
                    borderColor=RED),
            ]),
        css("css_border_dashed", 200, 100,
            "Dashed borders 2 px and 5 px wide.", [
                box(10, 10, 80, 80, borderWidth=2, borderColor=INK, borderStyle="dashed"),
                box(105, 10, 85, 80, backgroundColor="#e3f2fd", borderWidth=5,
                    borderColor=BLUE, borderStyle="dashed"),
            ]),
        css("css_border_dotted", 200, 100,
            "Dotted borders 2 px and 6 px wide.", [
                box(10, 10, 80, 80, borderWidth=2, borderColor=INK, borderStyle="dotted"),
                box(105, 10, 85, 80, backgroundColor="#fff3e0", borderWidth=6,
                    borderColor=ORANGE, borderStyle="dotted"),
            ]),
        css("css_border_mixed_styles", 160, 100,
            "Per-side styles [solid, dashed, dotted, solid] at 6 px.", [
                box(20, 10, 120, 80, backgroundColor=LIGHT, borderWidth=6, borderColor=NAVY,
                    borderStyle=["solid", "dashed", "dotted", "solid"]),
            ]),
    ]


def css_shadows() -> list[dict]:
    return [
        css("css_shadow_basic", 160, 120,
            "A box shadow with radius 10 and offset (5, 5) under a white box.", [
                box(30, 25, 90, 60, backgroundColor=WHITE, shadow=shadow(10, "#00000080", 5, 5)),
            ]),
        css("css_shadow_radii", 240, 100,
            "Shadow radius 0, 4, 10 and 20 (the CSS blur radius), no offset.", [
                box(18 + i * 58, 30, 36, 40, backgroundColor=BLUE,
                    shadow=shadow(r, "#000000a0"))
                for i, r in enumerate((0, 4, 10, 20))
            ]),
        css("css_shadow_colors_offsets", 200, 110,
            "Coloured shadows with negative, horizontal-only and zero offsets.", [
                box(25, 25, 45, 60, backgroundColor=LIGHT, shadow=shadow(6, RED, -8, -8)),
                box(85, 25, 40, 60, backgroundColor=LIGHT, shadow=shadow(4, BLUE, 10, 0)),
                box(150, 30, 40, 50, backgroundColor=LIGHT, shadow=shadow(12, "#43a047cc")),
            ]),
        css("css_shadow_rounded", 200, 110,
            "Shadows follow borderRadius: a rounded box and a circle.", [
                box(20, 20, 80, 70, backgroundColor=YELLOW, borderRadius=16,
                    shadow=shadow(12, "#00000066", 0, 6)),
                box(120, 25, 60, 60, backgroundColor=TEAL, borderRadius=30,
                    shadow=shadow(8, "#283593", 4, 4)),
            ]),
    ]


def css_gradients() -> list[dict]:
    wheel = [[RED, 0], ["#ffff00", 1 / 6], ["#00ff00", 2 / 6], ["#00ffff", 3 / 6],
             ["#0000ff", 4 / 6], ["#ff00ff", 5 / 6], [RED, 1]]
    wheel = [[c, r3(o)] for c, o in wheel]
    return [
        css("css_linear_gradient_default", 120, 100,
            "A linearGradient without angle runs top to bottom (180 deg).", [
                box(10, 10, 100, 80, linearGradient={"colors": [[BLUE, 0], [YELLOW, 1]]}),
            ]),
        css("css_linear_gradient_angles", 240, 110,
            "Angles 0, 45, 90 and 135 deg, the 45 deg one on a non-square box (CSS corner-to-"
            "corner gradient length).", [
                box(8, 10, 50, 50, linearGradient={"angle": 0, "colors": [[RED, 0], [BLUE, 1]]}),
                box(66, 10, 80, 40,
                    linearGradient={"angle": 45, "colors": [[RED, 0], [WHITE, 0.5], [BLUE, 1]]}),
                box(8, 60, 110, 40,
                    linearGradient={"angle": 90, "colors": [[GREEN, 0], [YELLOW, 1]]}),
                box(154, 10, 78, 90,
                    linearGradient={"angle": 135,
                                    "colors": [[PURPLE, 0], [ORANGE, 0.7], [YELLOW, 1]]}),
                box(126, 60, 20, 40,
                    linearGradient={"angle": 45, "colors": [[INK, 0.4], [WHITE, 0.6]]}),
            ]),
        css("css_linear_gradient_repeating", 160, 100,
            "A repeating linear gradient with hard stops makes diagonal stripes.", [
                box(10, 10, 140, 80, linearGradient={
                    "angle": 45, "repeating": True,
                    "colors": [[NAVY, 0], [NAVY, 0.05], [YELLOW, 0.05], [YELLOW, 0.1]]}),
            ]),
        css("css_linear_gradient_rounded", 160, 100,
            "A horizontal gradient clipped by per-corner borderRadius.", [
                box(10, 10, 140, 80, borderRadius=[30, 8, 30, 8],
                    linearGradient={"angle": 90, "colors": [[TEAL, 0], ["#b2dfdb", 1]]}),
            ]),
        css("css_radial_gradient", 160, 110,
            "A radial gradient: circle of radius 50 centred at (50, 45) in the box, last "
            "colour beyond it.", [
                box(10, 10, 140, 90, radialGradient={
                    "center": [50, 45], "radius": 50,
                    "colors": [[WHITE, 0], [ORANGE, 0.5], [PURPLE, 1]]}),
            ]),
        css("css_radial_gradient_repeating", 130, 130,
            "A repeating radial gradient of hard-edged rings around the box centre.", [
                box(5, 5, 120, 120, borderRadius=60, radialGradient={
                    "center": [60, 60], "radius": 60, "repeating": True,
                    "colors": [[BLUE, 0], [BLUE, 0.08], [WHITE, 0.08], [WHITE, 0.18]]}),
            ]),
        css("css_sweep_gradient", 130, 130,
            "A sweep gradient colour wheel: ArkUI angle 0 at 3 o'clock, clockwise.", [
                box(5, 5, 120, 120, sweepGradient={"center": [60, 60], "start": 0, "end": 360,
                                                   "colors": wheel}),
            ]),
        css("css_sweep_gradient_pie", 180, 110,
            "A full-turn sweep from -90 deg (12 o'clock) with hard stops, off-centre in a "
            "rounded box.", [
                box(10, 10, 160, 90, borderRadius=12, sweepGradient={
                    "center": [60, 45], "start": -90, "end": 270,
                    "colors": [[BLUE, 0], [BLUE, 0.4], [ORANGE, 0.4], [ORANGE, 0.75],
                               [GREEN, 0.75], [GREEN, 1]]}),
            ]),
    ]


def css_effects() -> list[dict]:
    return [
        css("css_opacity_group", 180, 110,
            "Opacity 0.5 on a parent composites its overlapping children as one group.", [
                box(10, 10, 160, 90, opacity=0.5, children=[
                    box(0, 0, 90, 70, backgroundColor=RED),
                    box(50, 20, 90, 70, backgroundColor=BLUE),
                ]),
                box(120, 5, 55, 30, backgroundColor=GREEN),
            ]),
        css("css_blur_boxes", 200, 110,
            "blur 6 (sigma 3.96) on a box with two children, and blur 2 on a ring-coloured box.", [
                box(15, 15, 90, 80, backgroundColor=NAVY, blur=6, children=[
                    box(20, 20, 50, 40, backgroundColor=YELLOW),
                ]),
                box(125, 25, 60, 60, backgroundColor=RED, borderRadius=30, blur=2),
            ]),
        css("css_backdrop_blur", 200, 120,
            "backdropBlur 12 under a translucent white rounded card over stripes, and 6 under a "
            "clear square: what is behind is blurred inside each box only.", [
                *[box(10 + 16 * i, 10, 8, 100, backgroundColor=[RED, BLUE, GREEN, ORANGE][i % 4])
                  for i in range(11)],
                box(24, 24, 90, 60, backgroundColor="#ffffff66", borderRadius=14, backdropBlur=12),
                box(130, 40, 50, 50, backdropBlur=6),
            ]),
        css("css_clip_ellipse", 200, 110,
            "clipShape ellipse cuts a wide box and its overflowing child to the inscribed ellipse.", [
                box(10, 10, 180, 90, backgroundColor=ORANGE, clipShape={"ellipse": True}, children=[
                    box(120, -20, 80, 70, backgroundColor=BLUE),
                ]),
            ]),
        css("css_opacity_nested", 180, 100,
            "Nested opacity multiplies (0.6 x 0.5) and only applies to its own subtree.", [
                box(10, 10, 160, 80, backgroundColor=NAVY, opacity=0.6, children=[
                    box(20, 15, 60, 50, backgroundColor=YELLOW, opacity=0.5),
                    box(90, 15, 60, 50, backgroundColor=YELLOW),
                ]),
            ]),
        css("css_outline_solid", 160, 100,
            "A 4 px solid outline drawn outside the border box (outline-offset 0).", [
                box(30, 25, 100, 50, backgroundColor=LIGHT,
                    outline={"width": 4, "color": RED, "style": "solid"}),
            ]),
        css("css_outline_rounded_styles", 220, 100,
            "Outlines with radius 12 (dashed) and 20 (dotted) follow the box's rounded "
            "corners.", [
                box(20, 20, 80, 60, backgroundColor=LIGHT, borderRadius=12,
                    outline={"width": 3, "color": BLUE, "radius": 12, "style": "dashed"}),
                box(125, 20, 80, 60, backgroundColor=LIGHT, borderRadius=20,
                    outline={"width": 4, "color": PURPLE, "radius": 20, "style": "dotted"}),
            ]),
        css("css_clip_circle", 200, 110,
            "clipShape circle (closest side) clips a square and a wide box with an "
            "overflowing child.", [
                box(10, 10, 90, 90, backgroundColor=ORANGE, clipShape={"circle": True},
                    children=[box(45, -20, 70, 60, backgroundColor=NAVY)]),
                box(110, 20, 80, 60, backgroundColor=TEAL, clipShape={"circle": True}),
            ]),
        css("css_clip_rounded_rect", 180, 110,
            "clipShape rect with radius 20 clips a parent's background and its overflowing "
            "children.", [
                box(20, 15, 140, 80, backgroundColor=LIGHT, clipShape={"rect": {"radius": 20}},
                    children=[box(-10, -10, 60, 60, backgroundColor=RED),
                              box(90, 40, 80, 60, backgroundColor=BLUE)]),
            ]),
        css("css_children_overflow_visible", 180, 110,
            "Children are positioned from the parent's corner and overflow it visibly "
            "without a clip.", [
                box(30, 20, 100, 60, backgroundColor=LIGHT, borderRadius=10, children=[
                    box(10, 10, 40, 40, backgroundColor=GREEN, borderRadius=20),
                    box(70, 30, 60, 45, backgroundColor="#8e24aacc", borderRadius=[0, 12, 0, 12],
                        children=[box(30, 25, 40, 25, backgroundColor=YELLOW)]),
                ]),
            ]),
    ]


def canvas_images() -> list[dict]:
    quad = ["defineImage", "quad", 4, 4, QUAD]
    tile = ["defineImage", "tile", 6, 6, TILE]
    return [
        canvas("canvas_draw_image_forms", 160, 120,
               "drawImage in its three forms, by nearest pixel: natural size, stretched, and a "
               "source rectangle (the right half) stretched onto a tall one.", [
                   quad, ["imageSmoothingEnabled", False],
                   ["drawImage", "quad", 10, 10],
                   ["drawImage", "quad", 30, 10, 40, 40],
                   ["drawImage", "quad", 2, 0, 2, 4, 80, 10, 30, 60],
                   ["drawImage", "quad", 0, 2, 4, 2, 120, 10, 32, 100],
                   ["drawImage", "quad", 20, 70, 48, 40],
               ]),
        canvas("canvas_draw_image_transformed", 140, 120,
               "drawImage under a rotation and a scale, with globalAlpha and a shadow.", [
                   quad, ["imageSmoothingEnabled", False],
                   ["save"], ["translate", 45, 20], ["rotate", 0.5],
                   ["drawImage", "quad", 0, 0, 40, 40], ["restore"],
                   ["globalAlpha", 0.5], ["drawImage", "quad", 80, 10, 48, 48],
                   ["globalAlpha", 1], ["shadowColor", "#21212199"], ["shadowOffsetX", 6],
                   ["shadowOffsetY", 6],
                   ["drawImage", "quad", 20, 70, 40, 40],
               ]),
        canvas("canvas_pattern_fill", 150, 120,
               "An image pattern fills a rectangle (repeat), a circle (repeat-x: one band of "
               "tiles) and a triangle at half alpha (repeat-y: one column); tiles start at the "
               "origin of the (translated) user space.", [
                   tile, ["fillStyle", {"pattern": "tile", "repetition": "repeat"}],
                   ["fillRect", 5, 5, 60, 50],
                   ["fillStyle", {"pattern": "tile", "repetition": "repeat-x"}],
                   ["save"], ["translate", 0, 27],
                   ["beginPath"], ["arc", 110, 3, 28, 0, 2 * PI], ["fill"], ["restore"],
                   ["globalAlpha", 0.5],
                   ["fillStyle", {"pattern": "tile", "repetition": "repeat-y"}],
                   ["save"], ["translate", 72, 0],
                   ["beginPath"], ["moveTo", -62, 115], ["lineTo", 3, 62], ["lineTo", 68, 115],
                   ["closePath"], ["fill"], ["restore"],
               ]),
        canvas("canvas_pattern_stroke_transform", 150, 120,
               "A pattern as the stroke style of a thick curve, and a pattern fill under a "
               "rotation (the tiles turn with the shape).", [
                   tile, ["strokeStyle", {"pattern": "tile", "repetition": "repeat"}],
                   ["lineWidth", 14], ["beginPath"], ["moveTo", 10, 40],
                   ["bezierCurveTo", 40, -10, 80, 90, 140, 30], ["stroke"],
                   ["save"], ["translate", 75, 90], ["rotate", 0.4],
                   ["fillStyle", {"pattern": "tile", "repetition": "repeat"}],
                   ["fillRect", -40, -18, 80, 36], ["restore"],
               ]),
        canvas("canvas_put_image_data", 140, 120,
               "putImageData replaces pixels (its transparent ones erase) and ignores the "
               "transform and alpha; getImageData then putImageData copies a region.", [
                   ["defineImage", "dots", 4, 4, DOTS],
                   ["fillStyle", TEAL], ["fillRect", 0, 0, 140, 120],
                   ["fillStyle", YELLOW], ["fillRect", 10, 10, 40, 40],
                   ["translate", 30, 30], ["globalAlpha", 0.3],
                   ["putImageData", "dots", 20, 20],
                   ["putImageData", "dots", 100, 8],
                   ["copyImageData", 0, 0, 60, 60, 70, 55],
               ]),
        canvas("canvas_radial_two_circles", 160, 120,
               "createRadialGradient between two circles: an off-centre highlight (focus "
               "inside), a cone between circles apart (nothing painted outside it, the blue "
               "below shows through) and a shrinking pair.", [
                   ["fillStyle", {"radial": [30, 25, 3, 40, 35, 32],
                                  "stops": [[0, WHITE], [0.4, ORANGE], [1, PURPLE]]}],
                   ["fillRect", 5, 5, 70, 60],
                   ["fillStyle", BLUE], ["fillRect", 80, 5, 75, 110],
                   ["fillStyle", {"radial": [90, 60, 4, 140, 60, 16],
                                  "stops": [[0, YELLOW], [1, RED]]}],
                   ["fillRect", 80, 5, 75, 110],
                   ["fillStyle", {"radial": [40, 95, 20, 45, 92, 4],
                                  "stops": [[0, TEAL], [1, LIGHT]]}],
                   ["fillRect", 5, 70, 70, 45],
               ]),
        canvas("canvas_composite_source_in", 120, 100,
               "source-in keeps the new drawing only where the canvas was opaque: a gradient "
               "bar seen through a circle; the rest of the canvas is cleared.", [
                   ["fillStyle", BLUE], ["beginPath"], ["arc", 60, 50, 38, 0, 2 * PI], ["fill"],
                   ["globalCompositeOperation", "source-in"],
                   ["fillStyle", {"linear": [0, 0, 120, 0], "stops": [[0, RED], [1, YELLOW]]}],
                   ["fillRect", 0, 30, 120, 40],
               ]),
    ]


def all_scenes() -> list[dict]:
    return (canvas_rects() + canvas_paths() + canvas_arcs() + canvas_strokes()
            + canvas_transforms() + canvas_clips() + canvas_gradients() + canvas_effects()
            + canvas_charts() + canvas_text() + canvas_images()
            + shape_scenes()
            + css_backgrounds_borders() + css_shadows() + css_gradients() + css_effects())
