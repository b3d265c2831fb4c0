//! The drawing state `save()` and `restore()` keep: styles, line settings, alpha, composite
//! operation, font, shadow, transform, and how many clips were added since.

use arkui_core::Color;
use arkui_core::draw::{CompositeMode, LineCap, LineJoin, Transform};

use super::style::CanvasStyle;
use super::text::{CanvasFont, CanvasTextAlign, CanvasTextBaseline};

/// One level of the canvas' drawing state, with the HTML canvas' defaults.
#[derive(Clone, Debug)]
pub(crate) struct DrawState {
    pub(crate) fill: CanvasStyle,
    pub(crate) stroke: CanvasStyle,
    pub(crate) line_width: f32,
    pub(crate) cap: LineCap,
    pub(crate) join: LineJoin,
    pub(crate) miter_limit: f32,
    pub(crate) dashes: Vec<f32>,
    pub(crate) dash_offset: f32,
    pub(crate) alpha: f32,
    pub(crate) composite: CompositeMode,
    pub(crate) font: CanvasFont,
    pub(crate) align: CanvasTextAlign,
    pub(crate) baseline: CanvasTextBaseline,
    pub(crate) shadow_blur: f32,
    pub(crate) shadow_color: Color,
    pub(crate) shadow_offset: (f32, f32),
    pub(crate) transform: Transform,
    /// Clips added at this level (closed by `restore`).
    pub(crate) clips: usize,
    /// `imageSmoothingEnabled`: images are sampled bilinearly (else by nearest pixel).
    pub(crate) smoothing: bool,
}

impl Default for DrawState {
    fn default() -> Self {
        DrawState {
            fill: CanvasStyle::Color(Color::BLACK),
            stroke: CanvasStyle::Color(Color::BLACK),
            line_width: 1.0,
            cap: LineCap::Butt,
            join: LineJoin::Miter,
            miter_limit: 10.0,
            dashes: Vec::new(),
            dash_offset: 0.0,
            alpha: 1.0,
            composite: CompositeMode::SourceOver,
            font: CanvasFont::default(),
            align: CanvasTextAlign::Start,
            baseline: CanvasTextBaseline::Alphabetic,
            shadow_blur: 0.0,
            shadow_color: Color::TRANSPARENT,
            shadow_offset: (0.0, 0.0),
            transform: Transform::IDENTITY,
            clips: 0,
            smoothing: true,
        }
    }
}
