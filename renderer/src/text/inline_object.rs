//! Inline objects in a paragraph (ArkUI's `ImageSpan`): a box of a given size that takes
//! its place in a line of spans, wraps with the words around it, and makes its line as tall
//! as it is.
//!
//! The box is shaped as an object replacement character (U+FFFC) stretched by letter
//! spacing to its width (the indent's trick), with its own line height; the layout leaves
//! its glyph out and records where the box landed instead. Not a space: cosmic-text lets
//! spaces hang past the line's end, and a picture must wrap like a word.

use cosmic_text::{Attrs, LayoutGlyph, LayoutRun};

use crate::Rect;

/// Where an inline object sits in its line's height, ArkUI's `ImageSpanAlignment`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum ObjectAlign {
    /// Its top on the line's top.
    Top,
    /// Centred in the line.
    Center,
    /// Its bottom on the line's bottom (ArkUI's default).
    #[default]
    Bottom,
    /// Its bottom on the text's baseline.
    Baseline,
}

/// An inline object's size (device pixels) and alignment, given in a
/// [`crate::text::SpanStyle`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InlineBox {
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    /// Where it sits in its line.
    pub align: ObjectAlign,
}

/// Where an inline object landed in a [`crate::text::TextLayout`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InlineObject {
    /// The span it came from (an index into the spans shaped).
    pub span: usize,
    /// Its box, from the layout's top-left.
    pub rect: Rect,
}

/// The text holding an object's place.
pub(super) const OBJECT_TEXT: &str = "\u{FFFC}";

/// The glyph metadata of span `i` when it is an inline object: a tag far from span indices
/// and from the indent's marker.
const OBJECT_TAG: usize = 1 << (usize::BITS - 2);

/// The metadata marking span `i`'s object glyph.
pub(super) fn object_metadata(i: usize) -> usize {
    OBJECT_TAG | i
}

/// The span an object glyph's metadata names, if it is one.
pub(super) fn object_span(metadata: usize) -> Option<usize> {
    let i = metadata & !OBJECT_TAG;
    (metadata & OBJECT_TAG != 0 && i < OBJECT_TAG >> 1).then_some(i)
}

/// Place the object glyph `g` of `run` by its box `b`.
pub(super) fn place(run: &LayoutRun<'_>, g: &LayoutGlyph, b: &InlineBox) -> Rect {
    let top = run.line_top;
    let bottom = run.line_top + run.line_height;
    let y = match b.align {
        ObjectAlign::Top => top,
        ObjectAlign::Center => top + (run.line_height - b.height) / 2.0,
        ObjectAlign::Bottom => bottom - b.height,
        // cosmic-text centres the baseline in a line an object made tall: a box taller
        // than the space above the baseline would rise out of its line, so it stops at
        // the line's top.
        ObjectAlign::Baseline => (run.line_y - b.height).max(top),
    };
    Rect::new(g.x, y, b.width, b.height)
}

/// Whether the attributes' sizes are usable: finite, not negative.
pub(super) fn sane_box(b: &InlineBox) -> InlineBox {
    let ok = |v: f32| {
        if v.is_finite() {
            v.clamp(0.0, 16384.0)
        } else {
            0.0
        }
    };
    InlineBox {
        width: ok(b.width),
        height: ok(b.height),
        align: b.align,
    }
}

/// The attributes of an object's placeholder: `attrs` (already stretched to its width)
/// with a line height that holds it.
pub(super) fn object_attrs<'a>(
    attrs: Attrs<'a>,
    size: f32,
    line_height: f32,
    b: &InlineBox,
    i: usize,
) -> Attrs<'a> {
    attrs
        .metrics(cosmic_text::Metrics::new(size, line_height.max(b.height)))
        .metadata(object_metadata(i))
}
