//! The display list: a flat, serialisable list of draw commands that every backend consumes.
//!
//! arkui-core records one per frame from the laid-out tree; the software rasterizer and the
//! wgpu backend both draw it, so a scene written once is checked on every backend.

use serde::{Deserialize, Serialize};

use crate::{Color, CornerRadii, IRect, Rect};

/// Font handle inside a [`crate::text::FontContext`]; stable for the context's lifetime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FontKey(pub u32);

/// One positioned glyph of a [`GlyphRun`].
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Glyph {
    /// The face the glyph comes from (fallback can mix faces in one run).
    pub font: FontKey,
    /// Glyph index inside the face.
    pub id: u16,
    /// Pen position of the glyph origin on the baseline, in device pixels.
    pub x: f32,
    /// Baseline position, in device pixels.
    pub y: f32,
}

/// Shaped text ready to draw: glyphs with absolute positions, one size, weight and colour.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GlyphRun {
    /// Font size in device pixels.
    pub size: f32,
    /// CSS-style weight (400 regular, 700 bold).
    pub weight: u16,
    /// Fill colour.
    pub color: Color,
    /// A conservative bounding box of the inked pixels, for culling and damage.
    pub bounds: Rect,
    /// The glyphs.
    pub glyphs: Vec<Glyph>,
}

/// Border widths per side in device pixels.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct BorderWidths {
    /// Left side.
    pub left: f32,
    /// Top side.
    pub top: f32,
    /// Right side.
    pub right: f32,
    /// Bottom side.
    pub bottom: f32,
}

impl BorderWidths {
    /// The same width on every side.
    pub const fn uniform(w: f32) -> BorderWidths {
        BorderWidths {
            left: w,
            top: w,
            right: w,
            bottom: w,
        }
    }

    /// True when no side has a positive width.
    pub fn is_zero(&self) -> bool {
        !(self.left > 0.0 || self.top > 0.0 || self.right > 0.0 || self.bottom > 0.0)
    }
}

/// One draw command. Coordinates are device pixels in the target's unrotated space.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DrawCmd {
    /// A filled rectangle.
    Rect {
        /// Area to fill.
        rect: Rect,
        /// Fill colour.
        color: Color,
    },
    /// A filled rectangle with rounded corners.
    RoundedRect {
        /// Area to fill.
        rect: Rect,
        /// Corner radii (clamped when drawn).
        radii: CornerRadii,
        /// Fill colour.
        color: Color,
    },
    /// A border drawn inside `rect`, following its rounded corners.
    Border {
        /// The outer edge of the border.
        rect: Rect,
        /// Outer corner radii.
        radii: CornerRadii,
        /// Width of each side.
        widths: BorderWidths,
        /// Border colour.
        color: Color,
    },
    /// Shaped text.
    Glyphs(GlyphRun),
    /// Intersect the clip with `rect` until the matching [`DrawCmd::PopClip`].
    PushClip {
        /// The clip rectangle.
        rect: Rect,
    },
    /// End the innermost [`DrawCmd::PushClip`].
    PopClip,
}

impl DrawCmd {
    /// The pixels this command may touch, or `None` for state commands (clips).
    pub fn bounds(&self) -> Option<IRect> {
        match self {
            DrawCmd::Rect { rect, .. }
            | DrawCmd::RoundedRect { rect, .. }
            | DrawCmd::Border { rect, .. } => Some(rect.to_irect_covering()),
            DrawCmd::Glyphs(run) => Some(run.bounds.to_irect_covering()),
            DrawCmd::PushClip { .. } | DrawCmd::PopClip => None,
        }
    }
}

/// A frame's worth of draw commands.
///
/// ```
/// use arkui_renderer::{Color, DisplayList, DrawCmd, Rect};
/// let mut list = DisplayList::new();
/// list.push(DrawCmd::Rect { rect: Rect::new(0.0, 0.0, 4.0, 4.0), color: Color::RED });
/// let json = serde_json::to_string(&list).unwrap();
/// let back: DisplayList = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, list);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DisplayList {
    /// Commands in painting order (later ones on top).
    pub commands: Vec<DrawCmd>,
}

impl DisplayList {
    /// An empty list.
    pub fn new() -> DisplayList {
        DisplayList::default()
    }

    /// Append a command.
    pub fn push(&mut self, cmd: DrawCmd) {
        self.commands.push(cmd);
    }

    /// Remove every command, keeping the allocation for the next frame.
    pub fn clear(&mut self) {
        self.commands.clear();
    }

    /// Number of commands.
    pub fn len(&self) -> usize {
        self.commands.len()
    }

    /// True when there is nothing to draw.
    pub fn is_empty(&self) -> bool {
        self.commands.is_empty()
    }
}
