//! The display list: a flat, serialisable list of draw commands that every backend consumes.
//!
//! arkui-core records one per frame from the laid-out tree; the software rasterizer and the
//! wgpu backend both draw it, so a scene written once is checked on every backend.

use serde::{Deserialize, Serialize};

use crate::{
    Brush, Color, CornerRadii, FillRule, Gradient, IRect, PathData, Point, Rect, StrokeStyle,
    Transform,
};

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

/// How one side of a border is drawn, as ArkUI's `BorderStyle`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum BorderStyle {
    /// A continuous line.
    #[default]
    Solid,
    /// Dashes three widths long with gaps of two widths, stretched to fit the side evenly.
    Dashed,
    /// Round dots one width across, one width apart, stretched to fit the side evenly.
    Dotted,
}

/// Colour and style of one border side.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct BorderSide {
    /// Colour of the side.
    pub color: Color,
    /// Line style of the side.
    pub style: BorderStyle,
}

/// Colours and styles of the four sides, in ArkUI's order (left, top, right, bottom).
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct BorderSides {
    /// Left side.
    pub left: BorderSide,
    /// Top side.
    pub top: BorderSide,
    /// Right side.
    pub right: BorderSide,
    /// Bottom side.
    pub bottom: BorderSide,
}

impl BorderSides {
    /// Every side the same.
    pub const fn uniform(color: Color, style: BorderStyle) -> BorderSides {
        let s = BorderSide { color, style };
        BorderSides {
            left: s,
            top: s,
            right: s,
            bottom: s,
        }
    }
}

/// A decoded image inside a [`crate::images::ImageCache`]; the display list only names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ImageKey(pub u64);

/// How an image fills its box, as ArkUI's `ImageFit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ImageFit {
    /// Scaled to cover the box, aspect ratio kept, overflow clipped (ArkUI's default).
    #[default]
    Cover,
    /// Scaled to fit inside the box, aspect ratio kept, centred.
    Contain,
    /// Stretched to the box.
    Fill,
    /// Natural size, centred, clipped to the box.
    None,
    /// As `Contain`, but never enlarged.
    ScaleDown,
}

/// How often an image repeats, as ArkUI's `ImageRepeat` (and the canvas pattern's
/// `repetition`: `no-repeat`, `repeat-x`, `repeat-y`, `repeat`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ImageRepeat {
    /// Once (the default).
    #[default]
    NoRepeat,
    /// Along the x axis.
    X,
    /// Along the y axis.
    Y,
    /// Along both axes.
    XY,
    /// Once, its edge pixels extended everywhere around it (a canvas pattern's `clamp`).
    Clamp,
    /// Along both axes, every other copy mirrored (a canvas pattern's `mirror`).
    Mirror,
}

/// What an image shows past its edge along one axis.
#[cfg(any(feature = "software", feature = "wgpu"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edge {
    /// Its edge pixels extend.
    Clamp,
    /// It starts over.
    Repeat,
    /// It continues mirrored.
    Mirror,
}

#[cfg(any(feature = "software", feature = "wgpu"))]
impl Edge {
    /// Texel `i` of a `size`-texel axis, past the edge as this mode says.
    pub(crate) fn texel(self, i: i32, size: i32) -> i32 {
        match self {
            Edge::Clamp => i.clamp(0, size - 1),
            Edge::Repeat => i.rem_euclid(size),
            Edge::Mirror => {
                let m = i.rem_euclid(2 * size);
                if m < size { m } else { 2 * size - 1 - m }
            }
        }
    }
}

impl ImageRepeat {
    /// Whether the image repeats along x and along y.
    ///
    /// ```
    /// use arkui_renderer::ImageRepeat;
    /// assert_eq!(ImageRepeat::X.axes(), (true, false));
    /// assert_eq!(ImageRepeat::XY.axes(), (true, true));
    /// assert_eq!(ImageRepeat::Clamp.axes(), (true, true)); // it covers everything
    /// ```
    pub fn axes(self) -> (bool, bool) {
        (
            !matches!(self, ImageRepeat::NoRepeat | ImageRepeat::Y),
            !matches!(self, ImageRepeat::NoRepeat | ImageRepeat::X),
        )
    }

    /// How the image is sampled past its edge along x and y.
    #[cfg(any(feature = "software", feature = "wgpu"))]
    pub(crate) fn edges(self) -> (Edge, Edge) {
        let (x, y) = self.axes();
        match self {
            ImageRepeat::Clamp => (Edge::Clamp, Edge::Clamp),
            ImageRepeat::Mirror => (Edge::Mirror, Edge::Mirror),
            _ => (
                if x { Edge::Repeat } else { Edge::Clamp },
                if y { Edge::Repeat } else { Edge::Clamp },
            ),
        }
    }

    /// The part of `rect` that tiles of `tile` cover: all of it along a repeated axis,
    /// the tile's span along the others; `None` when they do not meet or the tile is empty
    /// or not finite.
    ///
    /// ```
    /// use arkui_renderer::{ImageRepeat, Rect};
    /// let r = Rect::new(0.0, 0.0, 100.0, 100.0);
    /// let tile = Rect::new(10.0, 20.0, 5.0, 5.0);
    /// assert_eq!(ImageRepeat::X.cover(r, tile), Some(Rect::new(0.0, 20.0, 100.0, 5.0)));
    /// assert_eq!(ImageRepeat::NoRepeat.cover(r, tile), Some(tile));
    /// ```
    pub fn cover(self, rect: Rect, tile: Rect) -> Option<Rect> {
        let finite = [tile.x, tile.y, tile.width, tile.height]
            .iter()
            .all(|v| v.is_finite());
        if !(finite && tile.width > 0.0 && tile.height > 0.0) {
            return None;
        }
        let (rx, ry) = self.axes();
        let (x0, x1) = if rx {
            (rect.x, rect.right())
        } else {
            (rect.x.max(tile.x), rect.right().min(tile.right()))
        };
        let (y0, y1) = if ry {
            (rect.y, rect.bottom())
        } else {
            (rect.y.max(tile.y), rect.bottom().min(tile.bottom()))
        };
        (x1 > x0 && y1 > y0).then(|| Rect::new(x0, y0, x1 - x0, y1 - y0))
    }
}

impl ImageFit {
    /// Where an `iw` x `ih` image lands inside `rect` under this fit, before clipping to
    /// `rect`; `None` when nothing is drawn.
    ///
    /// ```
    /// use arkui_renderer::{ImageFit, Rect};
    /// let r = ImageFit::Contain.place(Rect::new(0.0, 0.0, 100.0, 50.0), 20.0, 20.0).unwrap();
    /// assert_eq!(r, Rect::new(25.0, 0.0, 50.0, 50.0));
    /// ```
    pub fn place(self, rect: Rect, iw: f32, ih: f32) -> Option<Rect> {
        if rect.is_empty() || iw <= 0.0 || ih <= 0.0 {
            return None;
        }
        let (sx, sy) = (rect.width / iw, rect.height / ih);
        let s = match self {
            ImageFit::Fill => return Some(rect),
            ImageFit::Contain => sx.min(sy),
            ImageFit::Cover => sx.max(sy),
            ImageFit::None => 1.0,
            ImageFit::ScaleDown => sx.min(sy).min(1.0),
        };
        let (w, h) = (iw * s, ih * s);
        Some(Rect::new(
            rect.x + (rect.width - w) / 2.0,
            rect.y + (rect.height - h) / 2.0,
            w,
            h,
        ))
    }
}

/// How image pixels are sampled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ImageFilter {
    /// Bilinear interpolation between the four nearest pixels.
    #[default]
    Bilinear,
    /// The nearest pixel (pixel art, exact 1:1 blits).
    Nearest,
}

/// How a composite layer ([`DrawCmd::PushCompositeLayer`]) is put onto what is under it,
/// as the canvas' `globalCompositeOperation`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum CompositeMode {
    /// Over what is there (the usual painting).
    #[default]
    SourceOver,
    /// Erase what is there where the layer is opaque (`destination-out`).
    DestinationOut,
    /// Replace what is there, within the layer's bounds, by the layer (`copy`).
    Copy,
    /// The layer where what is there is opaque, nothing elsewhere within the layer's bounds
    /// (`source-in`: what is there becomes a mask for the layer).
    SourceIn,
}

/// A drop shadow cast by a composite layer's content: its silhouette, blurred, tinted and
/// shifted, drawn under it (the canvas' `shadowColor`, `shadowBlur`, `shadowOffsetX/Y`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LayerShadow {
    /// Shadow colour (its alpha scales the silhouette's).
    pub color: Color,
    /// Blur as the canvas gives it: a Gaussian of sigma `blur / 2`.
    pub blur: f32,
    /// Shift of the shadow.
    pub offset: Point,
}

/// Largest blur sigma a layer is given, device pixels: beyond it a blur is a faint wash,
/// and its cost grows with it. Both backends clamp to it.
pub const MAX_LAYER_SIGMA: f32 = 100.0;

impl LayerShadow {
    /// The shadow as drawn under the device transform `t`: its colour, the Gaussian's sigma
    /// (the blur scaled as the content is), and its offset through the transform's linear
    /// part, rounded to whole pixels; `None` when it casts nothing (transparent or not
    /// finite). Both backends draw from this, so they agree.
    ///
    /// ```
    /// use arkui_renderer::{Color, LayerShadow, Point, Transform};
    /// let s = LayerShadow { color: Color::BLACK, blur: 8.0, offset: Point::new(3.0, 0.0) };
    /// let (_, sigma, offset) = s.device(&Transform::scale(2.0, 2.0)).unwrap();
    /// assert_eq!((sigma, offset), (8.0, (6, 0)));
    /// ```
    pub fn device(&self, t: &Transform) -> Option<(Color, f32, (i32, i32))> {
        let ok = self.blur.is_finite() && self.offset.x.is_finite() && self.offset.y.is_finite();
        if !ok || self.color.a == 0 {
            return None;
        }
        let sigma = (self.blur.max(0.0) * t.max_scale() / 2.0).min(MAX_LAYER_SIGMA);
        let dx = self.offset.x * t.xx + self.offset.y * t.xy;
        let dy = self.offset.x * t.yx + self.offset.y * t.yy;
        let round = |v: f32| v.round().clamp(-1.0e6, 1.0e6) as i32;
        Some((self.color, sigma, (round(dx), round(dy))))
    }
}

/// An image command's opacity as drawn: 8-bit, rounded; `None` when nothing shows (zero or
/// not finite). Both backends draw images at this alpha.
#[cfg(any(feature = "software", feature = "wgpu"))]
pub(crate) fn image_alpha(opacity: f32) -> Option<u8> {
    let o = if opacity.is_finite() {
        opacity.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let alpha = (o * 255.0 + 0.5) as u8;
    (alpha > 0).then_some(alpha)
}

/// A layer's content blur (a sigma in its coordinates) in device pixels under `t`, clamped
/// to [`MAX_LAYER_SIGMA`]; 0 when none or not finite.
#[cfg(any(feature = "software", feature = "wgpu"))]
pub(crate) fn device_blur(blur: f32, t: &Transform) -> f32 {
    if blur.is_finite() {
        (blur.max(0.0) * t.max_scale()).min(MAX_LAYER_SIGMA)
    } else {
        0.0
    }
}

/// One draw command. Coordinates are device pixels in the target's unrotated space, mapped
/// by the innermost [`DrawCmd::PushTransform`].
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
    /// End the innermost [`DrawCmd::PushClip`], [`DrawCmd::PushRoundedClip`] or
    /// [`DrawCmd::PushPathClip`].
    PopClip,
    /// A rectangle or rounded rectangle filled with a gradient.
    GradientRect {
        /// Area to fill.
        rect: Rect,
        /// Corner radii (clamped when drawn).
        radii: CornerRadii,
        /// The gradient, in the same coordinates as `rect`.
        gradient: Gradient,
    },
    /// A border with a colour and style per side.
    StyledBorder {
        /// The outer edge of the border.
        rect: Rect,
        /// Outer corner radii.
        radii: CornerRadii,
        /// Width of each side.
        widths: BorderWidths,
        /// Colour and style of each side.
        sides: BorderSides,
    },
    /// A blurred shadow of a rounded rectangle, drawn outside the rectangle only.
    BoxShadow {
        /// The shape casting the shadow.
        rect: Rect,
        /// Its corner radii.
        radii: CornerRadii,
        /// Shadow colour.
        color: Color,
        /// Blur radius as in CSS `box-shadow` (the Gaussian's sigma is half of it).
        blur: f32,
        /// Growth of the shape before blurring.
        spread: f32,
        /// Shift of the shadow.
        offset: Point,
    },
    /// An image fitted into `rect`.
    Image {
        /// The box the image is fitted into (and clipped to).
        rect: Rect,
        /// Which decoded image.
        image: ImageKey,
        /// How it is fitted.
        fit: ImageFit,
        /// How it is sampled.
        #[serde(default)]
        filter: ImageFilter,
        /// Opacity, 0..=1.
        #[serde(default = "one")]
        opacity: f32,
        /// Draw the image as a mask in this colour: each pixel the colour times the image's
        /// alpha (ArkUI's `fillColor` on an icon). `None` draws the image's own colours.
        #[serde(default)]
        tint: Option<Color>,
    },
    /// An image stretched onto `tile`, repeated from it along the axes `repeat` names,
    /// drawn only inside `rect` (a background image's tiles, a canvas `drawImage` with a
    /// source rectangle, a canvas pattern under a path clip).
    ImagePattern {
        /// What may be drawn; nothing outside it.
        rect: Rect,
        /// Which decoded image.
        image: ImageKey,
        /// Where the whole image lies once (it may reach beyond `rect`).
        tile: Rect,
        /// Along which axes it repeats.
        repeat: ImageRepeat,
        /// How it is sampled.
        filter: ImageFilter,
        /// Opacity, 0..=1.
        opacity: f32,
    },
    /// Blur what is already drawn under a rounded rectangle, in place (a component's
    /// `backdropBlur`: frosted glass under a translucent background). The blur reads the
    /// pixels up to three sigmas around the rectangle.
    BackdropBlur {
        /// Where the blurred picture goes.
        rect: Rect,
        /// Its corner radii.
        radii: CornerRadii,
        /// The Gaussian's sigma, in the rectangle's coordinates.
        blur: f32,
    },
    /// A filled path.
    FillPath {
        /// The outline.
        path: PathData,
        /// Which overlaps count as inside.
        rule: FillRule,
        /// The fill.
        brush: Brush,
    },
    /// A stroked path.
    StrokePath {
        /// The centre line.
        path: PathData,
        /// Width, caps, joins, dashes.
        stroke: StrokeStyle,
        /// The ink.
        brush: Brush,
    },
    /// Intersect the clip with a rounded rectangle (anti-aliased) until [`DrawCmd::PopClip`].
    PushRoundedClip {
        /// The clip rectangle.
        rect: Rect,
        /// Its corner radii.
        radii: CornerRadii,
    },
    /// Intersect the clip with the inside of a path (anti-aliased), by `rule`, until
    /// [`DrawCmd::PopClip`] (a canvas's `clip()`, a `clipShape` path).
    PushPathClip {
        /// The outline.
        path: PathData,
        /// Which overlaps count as inside.
        rule: FillRule,
    },
    /// Draw what follows into an offscreen layer, composited at `opacity` by
    /// [`DrawCmd::PopLayer`] (group opacity: overlaps inside the group do not show through).
    PushLayer {
        /// Opacity of the whole group, 0..=1.
        opacity: f32,
        /// A bound on what the group draws, which limits the offscreen buffer; `None` uses
        /// the current clip.
        #[serde(default)]
        bounds: Option<Rect>,
    },
    /// Draw what follows into an offscreen layer, put onto what is under it by `mode` at
    /// [`DrawCmd::PopLayer`], casting `shadow` first. A canvas wraps each operation that has
    /// a shadow or a composite operation other than source-over in one.
    PushCompositeLayer {
        /// How the layer is put onto what is under it.
        mode: CompositeMode,
        /// A drop shadow of the layer's content, if any.
        shadow: Option<LayerShadow>,
        /// A bound on the layer, which limits the offscreen buffer (and, for
        /// [`CompositeMode::Copy`], what is replaced); `None` uses the current clip.
        bounds: Option<Rect>,
        /// A Gaussian blur of the layer's own content before it is put down (a component's
        /// `blur`): its sigma in the layer's coordinates; 0 for none.
        #[serde(default)]
        blur: f32,
    },
    /// Composite the innermost layer.
    PopLayer,
    /// Apply `transform` (after the current one) until [`DrawCmd::PopTransform`].
    PushTransform {
        /// The transform, from the coordinates that follow to the enclosing ones.
        transform: Transform,
    },
    /// End the innermost [`DrawCmd::PushTransform`].
    PopTransform,
    /// Until the matching [`DrawCmd::PopAntiAlias`], edges are anti-aliased (`on`) or hard:
    /// a pixel is painted fully when its centre's half of it is covered, else not at all
    /// (a shape's `antiAlias(false)`). Clip edges keep their smoothing.
    PushAntiAlias {
        /// Whether edges are smoothed.
        on: bool,
    },
    /// End the innermost [`DrawCmd::PushAntiAlias`].
    PopAntiAlias,
}

fn one() -> f32 {
    1.0
}

impl DrawCmd {
    /// The pixels this command may touch before any transform, or `None` for state commands
    /// (clips, layers, transforms).
    pub fn bounds(&self) -> Option<IRect> {
        self.local_bounds().map(|r| r.to_irect_covering())
    }

    /// A conservative bound of what this command draws, in its own (untransformed)
    /// coordinates, or `None` for state commands.
    pub fn local_bounds(&self) -> Option<Rect> {
        match self {
            DrawCmd::Rect { rect, .. }
            | DrawCmd::RoundedRect { rect, .. }
            | DrawCmd::Border { rect, .. }
            | DrawCmd::GradientRect { rect, .. }
            | DrawCmd::StyledBorder { rect, .. }
            | DrawCmd::Image { rect, .. }
            | DrawCmd::ImagePattern { rect, .. }
            | DrawCmd::BackdropBlur { rect, .. } => Some(*rect),
            DrawCmd::Glyphs(run) => Some(run.bounds),
            DrawCmd::BoxShadow {
                rect,
                blur,
                spread,
                offset,
                ..
            } => {
                let grow = spread.max(0.0) + 1.5 * blur.max(0.0) + 1.0;
                let r = Rect::new(
                    rect.x + offset.x,
                    rect.y + offset.y,
                    rect.width,
                    rect.height,
                );
                Some(r.inflate(grow))
            }
            DrawCmd::FillPath { path, .. } => Some(path_bounds(path)),
            DrawCmd::StrokePath { path, stroke, .. } => {
                let w = if stroke.width.is_finite() {
                    stroke.width.abs()
                } else {
                    0.0
                };
                let m = if stroke.miter_limit.is_finite() {
                    stroke.miter_limit
                } else {
                    1.0
                };
                Some(path_bounds(path).inflate(w * 0.5 * m.clamp(1.5, 16.0) + 1.0))
            }
            DrawCmd::PushClip { .. }
            | DrawCmd::PopClip
            | DrawCmd::PushRoundedClip { .. }
            | DrawCmd::PushPathClip { .. }
            | DrawCmd::PushLayer { .. }
            | DrawCmd::PushCompositeLayer { .. }
            | DrawCmd::PopLayer
            | DrawCmd::PushTransform { .. }
            | DrawCmd::PopTransform
            | DrawCmd::PushAntiAlias { .. }
            | DrawCmd::PopAntiAlias => None,
        }
    }
}

/// The bounding box of a path's points, control points included.
fn path_bounds(path: &PathData) -> Rect {
    path.bounds().unwrap_or_default()
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
