"""Minimal fixtures on which taffy 0.15.1 disagreed with Chromium (found by shrinking random
trees with minimize.py). They are committed so that each engine difference has a small, named
reproduction. The patched engine (third_party/taffy/PATCHES.md) lays all of them out as Chromium
does, so they now guard the patches; a case added here that still differs goes into
KNOWN_DIFFERENCES.md, and the conformance test checks the list both ways."""

from __future__ import annotations

from build import column, fixture, node, row


def all_cases() -> list[dict]:
    return [
        fixture("engine_max_clamp_auto_column", "An auto-height column around a child whose "
                "height is capped by maxHeight.",
                column(node(height=92.5, maxHeight=43.5)), (320, 280)),
        fixture("engine_max_clamp_auto_row", "An auto-width row around a child whose width "
                "is capped by maxWidth.", row(node(width=130.5, maxWidth=71)), (420, 300)),
        fixture("engine_min_grow_margins", "An auto-height column around a growing child "
                "held at its minHeight, with vertical margins.",
                column(node(minHeight=138, margin=[5, 3, 9, 6], flexGrow=1)), (230, 440)),
        fixture("engine_basis_zero_row_intrinsic", "An auto-width row around a flexBasis 0 "
                "child that has a wide child.",
                row(node(node(width=114.5), flexBasis=0)), (400, 250)),
        fixture("engine_basis_shrink_row_intrinsic", "An auto-width row around a shrinkable "
                "child with a flexBasis.", column(row(node(flexShrink=1, flexBasis=57))),
                (560, 200)),
        fixture("engine_basis_column_intrinsic", "An auto-height column around a child with "
                "both height and flexBasis.",
                column(node(height=81, flexGrow=3, flexBasis=49)), (590, 230)),
        fixture("engine_space_between_overflow_row_reverse", "SpaceBetween with a single "
                "overflowing child in a RowReverse.",
                column(node(node(width=110), width=24, direction="RowReverse",
                           justifyContent="SpaceBetween")), (350, 200)),
        fixture("engine_aspect_ratio_padding", "aspectRatio on an auto-sized box whose size "
                "comes from its padding.",
                column(node(padding=[6, 12, 6, 3], aspectRatio=2)), (230, 200)),
        fixture("engine_aspect_ratio_border", "aspectRatio on an auto-sized box whose size "
                "comes from its border.",
                column(node(borderWidth=[6, 2, 3, 4], aspectRatio=0.5)), (220, 210)),
        fixture("engine_aspect_ratio_flex_basis", "aspectRatio with a flexBasis in a column.",
                column(node(flexBasis=85, aspectRatio=2)), (550, 360)),
        fixture("engine_aspect_ratio_grow", "aspectRatio on a child grown along a column.",
                column(node(flexGrow=1, aspectRatio=1.5), height=200), (580, 200)),
        fixture("engine_aspect_ratio_min_width", "aspectRatio with only a minWidth.",
                column(node(minWidth=88.5, aspectRatio=1)), (200, 430)),
        fixture("engine_aspect_ratio_content", "aspectRatio on a box sized by its child.",
                column(node(node(height=120), aspectRatio=2)), (480, 500)),
        fixture("engine_percent_margin_auto_parent", "Percent margins of a child inside an "
                "auto-sized column.",
                column(node(margin=["5%", 0, "5%", "5%"], borderWidth=[6, 2, 6, 6])),
                (200, 200)),
        fixture("engine_percent_padding_auto_parent", "Percent padding of a child inside an "
                "auto-sized column.",
                column(node(padding=["10%", "10%", 0, 0], margin=[3, 12, 6, 3])), (250, 270)),
        fixture("engine_percent_height_auto_row", "Percent height inside an auto-height row "
                "whose height comes from a sibling.",
                row(row(node(height="75%"), node(height=118))), (310, 370)),
        fixture("engine_wrap_column_basis_zero", "A wrapping column with flexBasis 0 inside "
                "an auto-height column.",
                column(column(node(height=100), node(minHeight=96.5), flexBasis=0,
                              wrap="Wrap")), (490, 360)),
        fixture("engine_grow_fraction_with_space", "flexGrow 0.5 and space in a row.",
                column(row(node(flexGrow=0.5), node(), width=122.5, space=8)), (440, 180)),
    ]
