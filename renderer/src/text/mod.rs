//! Text shared by every backend: font discovery, shaping (cosmic-text) and glyph
//! rasterization (swash), so text lands on the same pixels whichever renderer draws it.
//! Text of several styles (ArkUI's `Span`s) is shaped as one paragraph
//! ([`FontContext::shape_spans`]) and drawn as one glyph run per span.
//!
//! A bundled open-licence face (DejaVu Sans, MIT/Apache packaging of the Bitstream Vera licence)
//! is always present, so apps render text on machines with no fonts installed; system fonts
//! are added on top when asked for, and then supply the faces DejaVu lacks (CJK, for example).

mod caret;
mod fonts;
mod glyph_cache;
mod inline_object;
mod paragraph;
mod rich;
mod shape;
mod shape_cache;

pub use caret::{ClusterBox, LineBox, TextMap};
pub use fonts::{FontContext, FontSource, TextError};
pub use glyph_cache::{GlyphMask, GlyphMaskKind};
pub use inline_object::{InlineBox, InlineObject, ObjectAlign};
pub use paragraph::{ParagraphStyle, TextDecoration, TextLine, TextOverflow, WordBreak};
pub use rich::{GlyphSpan, SpanStyle};
pub use shape::{FontStyle, TextAlign, TextLayout, TextStyle};
pub use shape_cache::SHAPE_CACHE_FRAMES;
