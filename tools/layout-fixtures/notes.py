"""The `note` of a fixture: which of ArkUI's deliberate differences from CSS its layout relies
on, and why they hold. The generator writes each one into the CSS (model.BASE_CSS); the note
makes it visible in the fixture itself."""

from __future__ import annotations

from model import walk

CENTRE = (
    "Row/Column centre their children on the cross axis (ArkUI's alignItems default is Center; "
    "CSS's align-items default is stretch), so the CSS sets align-items: center"
)
SHRINK = (
    "children of Row/Column keep their size when they overflow (ArkUI's flexShrink default is "
    "0; CSS's is 1), so the CSS sets flex-shrink: 0"
)
CONTENT = (
    "wrapped lines are packed at the start (ArkUI's alignContent default is Start; CSS's is "
    "stretch), so the CSS sets align-content: flex-start"
)
SPACE = (
    "`space` separates children along the main axis only, so the CSS sets only column-gap "
    "(rows) or row-gap (columns)"
)
BORDER_BOX = (
    "width and height include padding and border, as in ArkUI, so the CSS sets "
    "box-sizing: border-box"
)


def defaults_note(tree: dict) -> str | None:
    used = []
    nodes = list(walk(tree))
    containers = [n for n in nodes if n.get("children")]
    if any(
        "alignItems" not in n["style"]
        and any(c["style"].get("alignSelf", "Auto") == "Auto" for c in n["children"])
        for n in containers
    ):
        used.append(CENTRE)
    if any("flexShrink" not in c["style"] for n in containers for c in n["children"]):
        used.append(SHRINK)
    if any("wrap" in n["style"] and "alignContent" not in n["style"] for n in containers):
        used.append(CONTENT)
    if any("space" in n["style"] for n in containers):
        used.append(SPACE)
    if any(
        ("padding" in n["style"] or "borderWidth" in n["style"])
        and ({"width", "height", "flexBasis"} & n["style"].keys())
        for n in nodes
    ):
        used.append(BORDER_BOX)
    if not used:
        return None
    return "ArkUI differs from CSS on purpose here: " + "; ".join(used) + "."
