"""Hand-written fixtures: one behaviour each, named after it."""

from __future__ import annotations

from build import column, fixture, node, row

DIRECTIONS = ("Row", "Column", "RowReverse", "ColumnReverse")
JUSTIFY = ("Start", "Center", "End", "SpaceBetween", "SpaceAround", "SpaceEvenly")
ITEM_ALIGN = ("Start", "Center", "End", "Stretch")
CONTENT = ("Start", "Center", "End", "SpaceBetween", "SpaceAround", "SpaceEvenly")


def snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


def three(horizontal: bool) -> list[dict]:
    """Three fixed boxes of different sizes (so alignment shows on both axes)."""
    sizes = ((40, 20), (60, 30), (30, 45))
    return [node(width=w, height=h) if horizontal else node(width=h, height=w) for w, h in sizes]


def defaults() -> list[dict]:
    return [
        fixture("column_default_centres_children", "Column children centred horizontally.",
                column(node(width=50, height=20), node(width=80, height=30), width=200,
                       height=150)),
        fixture("row_default_centres_children", "Row children centred vertically.",
                row(node(width=50, height=20), node(width=80, height=30), width=200,
                    height=150)),
        fixture("column_overflow_does_not_shrink", "Children taller than the column overflow.",
                column(*[node(width=40, height=60) for _ in range(3)], width=100, height=100)),
        fixture("row_overflow_does_not_shrink", "Children wider than the row overflow.",
                row(*[node(width=80, height=20) for _ in range(3)], width=200, height=60)),
        fixture("root_auto_size_is_centred", "An auto-sized root hugs its children and the "
                "stage centres it.", column(node(width=50, height=20), node(width=70, height=10),
                                            padding=5)),
        fixture("empty_auto_node_is_padding_only", "An empty auto node is its padding and "
                "border.", column(node(padding=[3, 4, 5, 6], borderWidth=2), width=100,
                                  height=100)),
        fixture("stage_centres_fixed_root", "A root narrower than the viewport is centred by "
                "the app's stage.", row(node(width=10, height=10), width=120, height=80)),
    ]


def justify() -> list[dict]:
    out = []
    for d in DIRECTIONS:
        horizontal = d.startswith("Row")
        for j in JUSTIFY:
            tree = node(*three(horizontal), direction=d, justifyContent=j, width=300,
                        height=200)
            out.append(fixture(f"justify_{snake(j)}_{snake(d)}",
                               f"justifyContent {j} in a {d}.", tree, (300, 200)))
    return out


def align() -> list[dict]:
    out = []
    for d in ("Row", "Column"):
        horizontal = d == "Row"
        for a in ITEM_ALIGN:
            kids = three(horizontal)
            if a == "Stretch":
                # A stretched child needs an auto cross size.
                for k in kids:
                    k["style"].pop("height" if horizontal else "width")
            tree = node(*kids, direction=d, alignItems=a, width=300, height=200)
            out.append(fixture(f"align_items_{snake(a)}_{snake(d)}",
                               f"alignItems {a} in a {d}.", tree))
        selves = [node(width=30, height=30, alignSelf=s)
                  for s in ("Start", "Center", "End", "Auto")]
        selves.append(node(**{("width" if horizontal else "height"): 30}, alignSelf="Stretch"))
        out.append(fixture(f"align_self_each_{snake(d)}", f"alignSelf per child in a {d}.",
                           node(*selves, direction=d, alignItems="End", width=250, height=200)))
    out.append(fixture("align_items_baseline_row_boxes",
                       "Baseline alignment of empty boxes (the baseline is the bottom edge).",
                       row(node(width=30, height=20), node(width=30, height=40, margin=[5, 0, 0, 0]),
                           node(width=30, height=10), alignItems="Baseline", width=200,
                           height=100)))
    out.append(fixture("align_stretch_respects_max", "A stretched child stops at its max.",
                       row(node(width=30, maxHeight=50), node(width=30, minHeight=120),
                           alignItems="Stretch", width=200, height=100)))
    return out


def space() -> list[dict]:
    return [
        fixture("space_row", "Row space between children.",
                row(*three(True), space=10, width=300, height=100)),
        fixture("space_column", "Column space between children.",
                column(*three(False), space=12.5, width=200, height=300)),
        fixture("space_with_space_between", "space adds to SpaceBetween's gaps.",
                row(*three(True), space=10, justifyContent="SpaceBetween", width=300,
                    height=80)),
        fixture("space_percent_row", "A percent space is a share of the row's width.",
                row(*three(True), space="5%", width=300, height=80)),
        fixture("space_with_grow", "Grown children share what space leaves.",
                row(node(flexGrow=1, height=20), node(flexGrow=1, height=20), space=20,
                    width=300, height=80)),
    ]


def grow_shrink() -> list[dict]:
    g = []
    g.append(fixture("grow_equal_row", "Two children share the free width equally.",
                     row(node(flexGrow=1, height=20), node(flexGrow=1, height=30), width=300,
                         height=100)))
    g.append(fixture("grow_weighted_row", "Grow 1:2:3 from zero widths.",
                     row(*[node(flexGrow=w, height=20) for w in (1, 2, 3)], width=300,
                         height=100)))
    g.append(fixture("grow_from_widths", "Free space added to the children's own widths.",
                     row(node(width=50, flexGrow=1, height=20), node(width=20, flexGrow=1,
                                                                   height=20),
                         width=300, height=100)))
    g.append(fixture("grow_fraction_sum_below_one", "Grow factors summing below 1 take only "
                     "that share of the free space.",
                     row(node(flexGrow=0.2, height=20), node(flexGrow=0.3, height=20),
                         width=300, height=100)))
    g.append(fixture("grow_clamped_by_max", "A grown child stops at maxWidth; the rest goes "
                     "to its sibling.", row(node(flexGrow=1, maxWidth=60, height=20),
                                            node(flexGrow=1, height=20), width=300,
                                            height=100)))
    g.append(fixture("grow_clamped_by_min", "minWidth above a child's share.",
                     row(node(flexGrow=1, minWidth=200, height=20), node(flexGrow=1, height=20),
                         width=300, height=100)))
    g.append(fixture("grow_column", "Grow along a column.",
                     column(node(flexGrow=1, width=20), node(flexGrow=2, width=20),
                            node(height=50, width=20), width=100, height=300)))
    g.append(fixture("grow_nested", "A grown row's children grow inside it.",
                     column(row(node(flexGrow=1, height=10), node(flexGrow=3, height=10),
                                flexGrow=1, alignSelf="Stretch"), node(height=40, width=40),
                            width=200, height=200)))
    g.append(fixture("shrink_equal", "flexShrink 1 on all: overflow taken equally by width.",
                     row(*[node(width=150, height=20, flexShrink=1) for _ in range(3)],
                         width=300, height=60)))
    g.append(fixture("shrink_weighted", "Shrink weighted by flexShrink times basis.",
                     row(node(width=200, height=20, flexShrink=1),
                         node(width=200, height=20, flexShrink=3), width=300, height=60)))
    g.append(fixture("shrink_clamped_by_min", "A shrinking child stops at its minWidth.",
                     row(node(width=200, height=20, flexShrink=1, minWidth=180),
                         node(width=200, height=20, flexShrink=1), width=300, height=60)))
    g.append(fixture("shrink_only_explicit", "Only the child with flexShrink gives way.",
                     row(node(width=200, height=20), node(width=200, height=20, flexShrink=1),
                         width=300, height=60)))
    g.append(fixture("shrink_column", "Shrink along a column.",
                     column(node(height=200, width=20, flexShrink=1),
                            node(height=100, width=20, flexShrink=1), width=100, height=200)))
    g.append(fixture("shrink_nested_content", "A shrinking container with fixed children.",
                     row(row(node(width=60, height=20), node(width=60, height=20), flexShrink=1,
                             minWidth=0), node(width=250, height=20), width=300, height=60)))
    for basis, name, desc in ((80, "basis_px", "px"), ("25%", "basis_percent", "percent"),
                              (0, "basis_zero_grow", "zero with grow")):
        g.append(fixture(name, f"flexBasis {desc} decides the main size.",
                         row(node(flexBasis=basis, flexGrow=1 if basis == 0 else 0, height=20),
                             node(width=40, height=20), width=300, height=60)))
    g.append(fixture("basis_overrides_width", "flexBasis wins over width on the main axis.",
                     row(node(flexBasis=100, width=30, height=20), width=300, height=60)))
    g.append(fixture("basis_column_percent", "Percent basis in a column of definite height.",
                     column(node(flexBasis="50%", width=20), node(flexBasis="20%", width=20),
                            width=100, height=300)))
    return g


def constraints() -> list[dict]:
    return [
        fixture("min_width_over_width", "minWidth beats width.",
                column(node(width=50, minWidth=90, height=20), width=200, height=100)),
        fixture("max_width_under_width", "maxWidth beats width.",
                column(node(width=150, maxWidth=90, height=20), width=200, height=100)),
        fixture("min_height_column", "minHeight in a column.",
                column(node(height=10, minHeight=40, width=20), node(height=10, width=20),
                       width=100, height=200)),
        fixture("max_height_column", "maxHeight in a column.",
                column(node(height=100, maxHeight=40, width=20), node(height=10, width=20),
                       width=100, height=200)),
        fixture("min_max_percent", "Percent min and max resolve against the parent.",
                row(node(width=10, minWidth="30%", height=20),
                    node(width=250, maxWidth="40%", height=20), width=300, height=60)),
        fixture("max_stretch_column", "A stretched child capped by maxWidth.",
                column(node(height=20, maxWidth=80), alignItems="Stretch", width=200,
                       height=100)),
    ]


def box_model() -> list[dict]:
    kid = lambda: node(width=40, height=20)  # noqa: E731
    return [
        fixture("padding_uniform", "Children start inside the padding.",
                column(kid(), kid(), padding=15, width=200, height=120)),
        fixture("padding_asymmetric", "Different padding per side shifts the centre.",
                row(kid(), kid(), padding=[5, 30, 15, 10], width=200, height=120)),
        fixture("border_widths", "Borders take space like padding (border-box sizes).",
                row(kid(), borderWidth=[2, 4, 6, 8], width=200, height=120)),
        fixture("border_and_padding_auto_size", "An auto-sized node adds border and padding "
                "to its content.", column(column(kid(), kid(), padding=7, borderWidth=3),
                                          width=200, height=200)),
        fixture("margins_row", "Child margins push siblings apart.",
                row(node(width=40, height=20, margin=[0, 10, 0, 5]),
                    node(width=40, height=20, margin=[8, 0, 0, 12]), width=200, height=100)),
        fixture("margins_column", "Child margins in a column.",
                column(node(width=40, height=20, margin=[5, 0, 10, 20]),
                       node(width=40, height=20, margin=[3, 0, 0, 0]), width=200, height=100)),
        fixture("padding_percent", "Percent padding is a share of the parent's width.",
                column(column(kid(), padding="10%", width=100, height=100), width=300,
                       height=200)),
        fixture("margin_percent", "Percent margin is a share of the parent's width.",
                column(node(width=40, height=20, margin=["5%", 0, 0, "10%"]),
                       alignItems="Start", width=300, height=200)),
        fixture("margin_with_stretch", "A stretched child's margins are kept free.",
                column(node(height=20, margin=[0, 15, 0, 25]), alignItems="Stretch",
                       width=200, height=100)),
        fixture("negative_margin", "A negative margin pulls the next sibling back.",
                row(node(width=60, height=20, margin=[0, -20, 0, 0]), node(width=60, height=30),
                    width=200, height=100)),
        fixture("border_box_fixed_size", "width includes padding and border (border-box).",
                column(node(width=100, height=50, padding=10, borderWidth=5), width=200,
                       height=100)),
    ]


def percent() -> list[dict]:
    return [
        fixture("percent_sizes", "Percent width and height of a definite parent.",
                column(node(width="50%", height="25%"), node(width="100%", height="10%"),
                       width=300, height=200)),
        fixture("percent_nested", "Percentages of percentages.",
                column(column(node(width="50%", height="50%"), width="80%", height="60%"),
                       width=300, height=200)),
        fixture("percent_of_padded_parent", "Percentages resolve against the content box.",
                column(node(width="100%", height="50%"), padding=20, borderWidth=5, width=300,
                       height=200)),
        fixture("percent_width_in_auto_parent_row", "Percent width inside an auto-width child "
                "of a row.", row(row(node(width="50%", height=20), node(width=60, height=20)),
                                 width=300, height=100)),
    ]


def wrap() -> list[dict]:
    kids = lambda n=5: [node(width=70, height=20 + 5 * (i % 3)) for i in range(n)]  # noqa
    out = [
        fixture("wrap_row", "Row wrap onto a second line.",
                row(*kids(), wrap="Wrap", width=200, height=150)),
        fixture("wrap_reverse_row", "WrapReverse stacks lines from the bottom.",
                row(*kids(), wrap="WrapReverse", width=200, height=150)),
        fixture("wrap_column", "Column wrap onto a second column.",
                column(*[node(width=20 + 5 * (i % 3), height=70) for i in range(5)],
                       wrap="Wrap", width=200, height=150)),
        fixture("wrap_with_grow", "Each line grows on its own.",
                row(*[node(width=70, height=20, flexGrow=1) for _ in range(5)], wrap="Wrap",
                    width=200, height=150)),
        fixture("wrap_with_space", "space separates items within a line only.",
                row(*kids(), wrap="Wrap", space=10, width=200, height=150)),
        fixture("wrap_align_items_end", "alignItems within each wrapped line.",
                row(*kids(), wrap="Wrap", alignItems="End", width=200, height=150)),
        fixture("wrap_justify_center", "justifyContent per line.",
                row(*kids(), wrap="Wrap", justifyContent="Center", width=200, height=150)),
        fixture("wrap_auto_height", "A wrapping row of auto height grows to its lines.",
                column(row(*kids(), wrap="Wrap", width=200), width=300, height=200)),
    ]
    for c in CONTENT:
        out.append(fixture(f"wrap_align_content_{snake(c)}", f"alignContent {c} of wrapped "
                           "lines.", row(*kids(), wrap="Wrap", alignContent=c, width=200,
                                         height=150)))
    return out


def positioned() -> list[dict]:
    return [
        fixture("position_absolute", "position takes a child out of the flow, at (x, y) from "
                "its parent.", row(node(width=40, height=20, position=(10, 20)),
                                   node(width=50, height=30), width=200, height=100)),
        fixture("position_percent", "Percent position is a share of the parent's size.",
                row(node(width=40, height=20, position=("50%", "25%")), width=200, height=100)),
        fixture("position_in_padded_parent", "position is measured from the padding edge.",
                column(node(width=40, height=20, position=(5, 5)), node(width=60, height=20),
                       padding=10, borderWidth=3, width=200, height=100),
                note="ArkUI's `position` is relative to the parent component; like taffy, the "
                "fixture takes CSS's reading of that: the parent's padding box (inside its "
                "border, not inside its padding)."),
        fixture("position_auto_size", "An absolute child hugs its own children.",
                column(column(node(width=30, height=10), node(width=50, height=10), padding=4,
                              position=(20, 10)), width=200, height=100)),
        fixture("offset_relative", "offset moves a child after layout; siblings stay.",
                row(node(width=40, height=20, offset=(10, -5)), node(width=50, height=30),
                    width=200, height=100)),
    ]


def misc() -> list[dict]:
    return [
        fixture("aspect_ratio_from_width", "Height from width and aspectRatio.",
                column(node(width=80, aspectRatio=2), width=200, height=200)),
        fixture("aspect_ratio_from_height_row", "Width from height and aspectRatio.",
                row(node(height=60, aspectRatio=1.5), width=200, height=200)),
        fixture("aspect_ratio_stretched", "A stretched width sets the height through the "
                "ratio.", column(node(aspectRatio=4), alignItems="Stretch", width=200,
                                 height=200)),
        fixture("visibility_hidden_keeps_space", "A Hidden child still takes its space.",
                column(node(width=40, height=20, visibility="Hidden"), node(width=40, height=20),
                       width=200, height=100)),
        fixture("visibility_none_takes_no_space", "A None child is out of layout.",
                column(node(width=40, height=20, visibility="None"), node(width=40, height=20),
                       width=200, height=100)),
        fixture("nested_card", "A card: padded column of a header row and a body.",
                column(column(row(node(width=32, height=32), node(flexGrow=1, height=16,
                                                                  margin=[0, 0, 0, 8]),
                                  alignSelf="Stretch"),
                              node(height=60, margin=[12, 0, 0, 0], alignSelf="Stretch"),
                              padding=16, borderWidth=1, width="90%"),
                       width=320, height=240), (320, 240)),
        fixture("nested_toolbar", "A toolbar: icon, grown title, two icons.",
                row(node(width=24, height=24), node(flexGrow=1, height=20, margin=[0, 8, 0, 8]),
                    node(width=24, height=24), node(width=24, height=24, margin=[0, 0, 0, 8]),
                    padding=[0, 12, 0, 12], width=320, height=56), (320, 200)),
        fixture("nested_four_levels", "Four levels of padded, centred columns.",
                column(column(row(column(node(width=20, height=20), padding=5), padding=5),
                              padding=5), padding=5, width=200, height=200)),
        fixture("nested_list_rows", "Rows of a list stretched to the column's width.",
                column(*[row(node(width=40, height=40), node(flexGrow=1, height=12,
                                                             margin=[0, 0, 0, 10]),
                             padding=8, alignSelf="Stretch") for _ in range(4)],
                       space=1, width=300, height=260), (300, 260)),
    ]


def all_cases() -> list[dict]:
    return (defaults() + justify() + align() + space() + grow_shrink() + constraints()
            + box_model() + percent() + wrap() + positioned() + misc())
