//! [`CanvasRenderingContext2D`]: the canvas' drawing API, recording what it is told into a
//! retained list of draw commands that the `Canvas` it is bound to replays when painted.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::draw::{
    CompositeMode, DrawCmd, FillRule, LayerShadow, LineCap, LineJoin, PathData, Point, Rect,
    StrokeStyle, Transform,
};
use arkui_core::{Color, ImageBitmap, NodeId};

use super::path2d::Path2D;
use super::state::DrawState;
use super::style::CanvasStyle;
use super::text::{CanvasFont, CanvasTextAlign, CanvasTextBaseline, TextMetrics};

/// Most recorded operations one canvas keeps; beyond it, new drawing is dropped (logged once)
/// until the canvas is cleared. A full-canvas `clearRect` or `reset` empties the list, so an
/// animation that clears each frame never reaches it.
pub const MAX_CANVAS_OPS: usize = 200_000;

/// Text to draw, shaped when the canvas is painted (at the device's pixel size).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct TextOp {
    pub(crate) text: String,
    pub(crate) x: f32,
    pub(crate) y: f32,
    pub(crate) font: CanvasFont,
    pub(crate) align: CanvasTextAlign,
    pub(crate) baseline: CanvasTextBaseline,
    pub(crate) color: Color,
    /// `strokeText`: the glyphs' outlines are stroked with this (line width in vp), instead
    /// of filled.
    pub(crate) stroke: Option<StrokeStyle>,
    /// A gradient or pattern style: commands painting it everywhere (user space), drawn
    /// through the glyphs (`color` is then only their mask).
    pub(crate) paint: Option<Vec<DrawCmd>>,
}

/// One recorded operation, in canvas units (vp).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum CanvasOp {
    Cmd(DrawCmd),
    Text(TextOp),
}

impl From<DrawCmd> for CanvasOp {
    fn from(c: DrawCmd) -> CanvasOp {
        CanvasOp::Cmd(c)
    }
}

#[derive(Default)]
pub(crate) struct Inner {
    pub(crate) state: DrawState,
    pub(crate) stack: Vec<DrawState>,
    pub(crate) ops: Vec<CanvasOp>,
    path: Path2D,
    /// The canvases showing this context.
    pub(crate) nodes: Vec<NodeId>,
    /// Bitmaps the recorded operations draw (images, patterns, put pixels), which the
    /// canvases keep in their app's image cache.
    pub(crate) bitmaps: Vec<ImageBitmap>,
    /// Pixels per vp the canvas was last painted at (0 before).
    pub(crate) density: f32,
    /// The size of the canvas, in vp, as last laid out.
    pub(crate) size: (f32, f32),
    warned_full: bool,
}

/// The 2D drawing context of a `Canvas`, modelled on ArkUI's (which is the HTML canvas'):
/// rectangles, paths, styles and gradients, line settings, transforms, clipping, text,
/// shadows and composite operations. Coordinates are vp.
///
/// Drawing is recorded, not rasterised at once: the `Canvas` replays the recording when it
/// is painted, on the GPU or the CPU, and only its own node is repainted when it changes.
/// Clones share one context.
///
/// ```
/// use arkui_core::{App, Color, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Canvas, CanvasRenderingContext2D};
/// let ctx = CanvasRenderingContext2D::new();
/// let c = ctx.clone();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     let c2 = c.clone();
///     Canvas::new(&c).width(100.0).height(60.0).on_ready(move || {
///         c2.set_fill_style(Color::RED);
///         c2.fill_rect(10.0, 10.0, 40.0, 20.0);
///     })
/// });
/// app.frame();
/// assert_eq!(ctx.width(), 100.0);
/// assert!(ctx.op_count() >= 1);
/// ```
#[derive(Clone, Default)]
pub struct CanvasRenderingContext2D(pub(crate) Rc<RefCell<Inner>>);

impl std::fmt::Debug for CanvasRenderingContext2D {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let i = self.0.borrow();
        f.debug_struct("CanvasRenderingContext2D")
            .field("ops", &i.ops.len())
            .field("size", &i.size)
            .finish()
    }
}

fn finite(v: &[f32]) -> bool {
    v.iter().all(|x| x.is_finite())
}

impl CanvasRenderingContext2D {
    /// A context not yet shown by any canvas.
    pub fn new() -> CanvasRenderingContext2D {
        CanvasRenderingContext2D::default()
    }

    /// Width of the canvas (vp), once laid out.
    pub fn width(&self) -> f32 {
        self.0.borrow().size.0
    }

    /// Height of the canvas (vp), once laid out.
    pub fn height(&self) -> f32 {
        self.0.borrow().size.1
    }

    /// How many operations are recorded (a measure of what a repaint replays).
    pub fn op_count(&self) -> usize {
        self.0.borrow().ops.len()
    }

    fn with<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> R {
        f(&mut self.0.borrow_mut())
    }

    pub(crate) fn with_inner<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> R {
        self.with(f)
    }

    /// Record `ops` as they are: no transform, layer or shadow (`putImageData`).
    pub(crate) fn push_raw(&self, ops: Vec<CanvasOp>) {
        let pushed = self.with(|i| {
            if i.ops.len() >= MAX_CANVAS_OPS {
                return false;
            }
            i.ops.extend(ops);
            true
        });
        if pushed {
            self.changed();
        }
    }

    /// The canvases showing this context paint again.
    fn changed(&self) {
        let nodes = self.0.borrow().nodes.clone();
        for n in nodes {
            n.invalidate_paint();
        }
    }

    // ---- state ----

    /// `save()`: push the drawing state (styles, transform, clip...).
    pub fn save(&self) {
        self.with(|i| {
            let mut s = i.state.clone();
            s.clips = 0;
            let outer = std::mem::replace(&mut i.state, s);
            i.stack.push(outer);
        });
    }

    /// `restore()`: pop the drawing state, removing the clips added since `save()`. An
    /// unmatched `restore` does nothing.
    pub fn restore(&self) {
        let popped = self.with(|i| {
            let outer = i.stack.pop()?;
            let clips = std::mem::replace(&mut i.state, outer).clips;
            for _ in 0..clips {
                i.ops.push(CanvasOp::Cmd(DrawCmd::PopClip));
            }
            Some(clips)
        });
        if popped.is_some_and(|c| c > 0) {
            self.changed();
        }
    }

    /// `reset()`: clear the canvas and every state to the defaults.
    pub fn reset(&self) {
        self.forget_bitmaps();
        self.with(|i| {
            i.ops.clear();
            i.stack.clear();
            i.state = DrawState::default();
            i.path.clear();
            i.warned_full = false;
        });
        self.changed();
    }

    // ---- styles ----

    /// `fillStyle`: a colour or a gradient.
    pub fn set_fill_style(&self, style: impl Into<CanvasStyle>) {
        let s = style.into();
        self.with(|i| i.state.fill = s);
    }

    /// `strokeStyle`.
    pub fn set_stroke_style(&self, style: impl Into<CanvasStyle>) {
        let s = style.into();
        self.with(|i| i.state.stroke = s);
    }

    /// `lineWidth` (default 1); zero, negative or non-finite values are ignored.
    pub fn set_line_width(&self, w: f32) {
        if w.is_finite() && w > 0.0 {
            self.with(|i| i.state.line_width = w);
        }
    }

    /// `lineCap`.
    pub fn set_line_cap(&self, cap: LineCap) {
        self.with(|i| i.state.cap = cap);
    }

    /// `lineJoin`.
    pub fn set_line_join(&self, join: LineJoin) {
        self.with(|i| i.state.join = join);
    }

    /// `miterLimit` (default 10); non-positive values are ignored.
    pub fn set_miter_limit(&self, limit: f32) {
        if limit.is_finite() && limit > 0.0 {
            self.with(|i| i.state.miter_limit = limit);
        }
    }

    /// `setLineDash`: an odd-length list is repeated to even length; a negative or
    /// non-finite entry leaves the pattern unchanged, as the spec says.
    pub fn set_line_dash(&self, segments: &[f32]) {
        if !finite(segments) || segments.iter().any(|v| *v < 0.0) {
            return;
        }
        let mut d = segments.to_vec();
        if d.len() % 2 == 1 {
            d.extend_from_slice(segments);
        }
        self.with(|i| i.state.dashes = d);
    }

    /// `getLineDash`.
    pub fn line_dash(&self) -> Vec<f32> {
        self.0.borrow().state.dashes.clone()
    }

    /// `lineDashOffset`.
    pub fn set_line_dash_offset(&self, offset: f32) {
        if offset.is_finite() {
            self.with(|i| i.state.dash_offset = offset);
        }
    }

    /// `globalAlpha`, 0..=1; values outside are ignored.
    pub fn set_global_alpha(&self, alpha: f32) {
        if (0.0..=1.0).contains(&alpha) {
            self.with(|i| i.state.alpha = alpha);
        }
    }

    /// `globalCompositeOperation`: `source-over`, `source-in`, `destination-out` or `copy`.
    pub fn set_global_composite_operation(&self, mode: CompositeMode) {
        self.with(|i| i.state.composite = mode);
    }

    /// `globalCompositeOperation` by its CSS name; an unknown or unsupported name is
    /// ignored (returns false), as browsers ignore invalid values.
    pub fn set_global_composite_operation_name(&self, name: &str) -> bool {
        let mode = match name {
            "source-over" => CompositeMode::SourceOver,
            "destination-out" => CompositeMode::DestinationOut,
            "copy" => CompositeMode::Copy,
            "source-in" => CompositeMode::SourceIn,
            _ => return false,
        };
        self.set_global_composite_operation(mode);
        true
    }

    /// `shadowBlur` (a Gaussian of sigma blur / 2); negative values are ignored.
    pub fn set_shadow_blur(&self, blur: f32) {
        if blur.is_finite() && blur >= 0.0 {
            self.with(|i| i.state.shadow_blur = blur);
        }
    }

    /// `shadowColor` (default transparent: no shadow).
    pub fn set_shadow_color(&self, color: Color) {
        self.with(|i| i.state.shadow_color = color);
    }

    /// `shadowOffsetX`.
    pub fn set_shadow_offset_x(&self, x: f32) {
        if x.is_finite() {
            self.with(|i| i.state.shadow_offset.0 = x);
        }
    }

    /// `shadowOffsetY`.
    pub fn set_shadow_offset_y(&self, y: f32) {
        if y.is_finite() {
            self.with(|i| i.state.shadow_offset.1 = y);
        }
    }

    /// `font`, as the CSS shorthand (`"bold 16px sans-serif"`); invalid values are ignored
    /// (returns false).
    pub fn set_font(&self, font: &str) -> bool {
        match CanvasFont::parse(font) {
            Some(f) => {
                self.with(|i| i.state.font = f);
                true
            }
            None => false,
        }
    }

    /// `textAlign`.
    pub fn set_text_align(&self, align: CanvasTextAlign) {
        self.with(|i| i.state.align = align);
    }

    /// `textBaseline`.
    pub fn set_text_baseline(&self, baseline: CanvasTextBaseline) {
        self.with(|i| i.state.baseline = baseline);
    }

    // ---- transforms ----

    fn transform_by(&self, t: Transform) {
        if t.is_finite() {
            self.with(|i| i.state.transform = t.then(&i.state.transform));
        }
    }

    /// `translate(x, y)`.
    pub fn translate(&self, x: f32, y: f32) {
        self.transform_by(Transform::translate(x, y));
    }

    /// `rotate(angle)`, radians clockwise.
    pub fn rotate(&self, angle: f32) {
        self.transform_by(Transform::rotate(angle));
    }

    /// `scale(x, y)`.
    pub fn scale(&self, x: f32, y: f32) {
        self.transform_by(Transform::scale(x, y));
    }

    /// `transform(a, b, c, d, e, f)`: multiply the current transform.
    pub fn transform(&self, a: f32, b: f32, c: f32, d: f32, e: f32, f: f32) {
        self.transform_by(matrix(a, b, c, d, e, f));
    }

    /// `setTransform(a, b, c, d, e, f)`: replace the current transform.
    pub fn set_transform(&self, a: f32, b: f32, c: f32, d: f32, e: f32, f: f32) {
        let t = matrix(a, b, c, d, e, f);
        if t.is_finite() {
            self.with(|i| i.state.transform = t);
        }
    }

    /// `resetTransform()`.
    pub fn reset_transform(&self) {
        self.with(|i| i.state.transform = Transform::IDENTITY);
    }

    /// `getTransform()`.
    pub fn get_transform(&self) -> Transform {
        self.0.borrow().state.transform
    }

    // ---- the current path ----

    fn path(&self, f: impl FnOnce(&mut Path2D)) {
        self.with(|i| {
            let t = i.state.transform;
            i.path.set_transform(t);
            f(&mut i.path);
        });
    }

    /// `beginPath()`.
    pub fn begin_path(&self) {
        self.with(|i| i.path.clear());
    }

    /// `closePath()`.
    pub fn close_path(&self) {
        self.path(|p| p.close_path());
    }

    /// `moveTo(x, y)`.
    pub fn move_to(&self, x: f32, y: f32) {
        self.path(|p| p.move_to(x, y));
    }

    /// `lineTo(x, y)`.
    pub fn line_to(&self, x: f32, y: f32) {
        self.path(|p| p.line_to(x, y));
    }

    /// `quadraticCurveTo(cpx, cpy, x, y)`.
    pub fn quadratic_curve_to(&self, cpx: f32, cpy: f32, x: f32, y: f32) {
        self.path(|p| p.quadratic_curve_to(cpx, cpy, x, y));
    }

    /// `bezierCurveTo(cp1x, cp1y, cp2x, cp2y, x, y)`.
    pub fn bezier_curve_to(&self, c1x: f32, c1y: f32, c2x: f32, c2y: f32, x: f32, y: f32) {
        self.path(|p| p.bezier_curve_to(c1x, c1y, c2x, c2y, x, y));
    }

    /// `arc(x, y, radius, startAngle, endAngle, anticlockwise)`.
    pub fn arc(&self, x: f32, y: f32, r: f32, start: f32, end: f32, anticlockwise: bool) {
        self.path(|p| p.arc(x, y, r, start, end, anticlockwise));
    }

    /// `arcTo(x1, y1, x2, y2, radius)`.
    pub fn arc_to(&self, x1: f32, y1: f32, x2: f32, y2: f32, r: f32) {
        self.path(|p| p.arc_to(x1, y1, x2, y2, r));
    }

    /// `ellipse(x, y, radiusX, radiusY, rotation, startAngle, endAngle, anticlockwise)`.
    #[expect(
        clippy::too_many_arguments,
        reason = "the HTML canvas signature, argument for argument"
    )]
    pub fn ellipse(
        &self,
        x: f32,
        y: f32,
        rx: f32,
        ry: f32,
        rotation: f32,
        start: f32,
        end: f32,
        anticlockwise: bool,
    ) {
        self.path(|p| p.ellipse(x, y, rx, ry, rotation, start, end, anticlockwise));
    }

    /// `rect(x, y, w, h)`.
    pub fn rect(&self, x: f32, y: f32, w: f32, h: f32) {
        self.path(|p| p.rect(x, y, w, h));
    }

    /// `roundRect(x, y, w, h, radii)` (1 to 4 radii, as CSS).
    pub fn round_rect(&self, x: f32, y: f32, w: f32, h: f32, radii: &[f32]) {
        self.path(|p| p.round_rect(x, y, w, h, radii));
    }

    // ---- drawing ----

    /// Record `cmd` (in user space, under the current transform), wrapped in a composite
    /// layer when a shadow or a composite operation applies.
    fn record(&self, op: impl Into<CanvasOp>, shadowed: bool) {
        self.record_all(vec![op.into()], shadowed);
    }

    /// Record `ops` as one drawing operation: under the current transform, wrapped in one
    /// composite layer when a shadow or a composite operation applies.
    pub(crate) fn record_group(&self, ops: Vec<CanvasOp>, shadowed: bool) {
        self.record_all(ops, shadowed);
    }

    fn record_all(&self, ops: Vec<CanvasOp>, shadowed: bool) {
        if ops.is_empty() {
            return;
        }
        let over = self.with(|i| {
            if i.ops.len() >= MAX_CANVAS_OPS {
                if !i.warned_full {
                    i.warned_full = true;
                    log::warn!(
                        "canvas: more than {MAX_CANVAS_OPS} operations since it was last \
                         cleared; further drawing is dropped (clear the canvas with clearRect \
                         over its whole size, or reset())"
                    );
                }
                return true;
            }
            let s = &i.state;
            let shadow = (shadowed
                && s.shadow_color.a > 0
                && (s.shadow_blur > 0.0 || s.shadow_offset != (0.0, 0.0)))
                .then(|| LayerShadow {
                    color: s.shadow_color.with_opacity(s.alpha),
                    blur: s.shadow_blur,
                    offset: Point::new(s.shadow_offset.0, s.shadow_offset.1),
                });
            let layer = shadow.is_some() || s.composite != CompositeMode::SourceOver;
            if layer {
                // The layer needs only what the operation and its shadow can touch (a small
                // offscreen buffer and blur); `copy` and `source-in` change the whole
                // canvas, so they keep the clip.
                let bounds = match s.composite {
                    CompositeMode::Copy | CompositeMode::SourceIn => None,
                    _ => ops_bounds(&ops).map(|b| {
                        let b = s.transform.map_rect_bounds(b).inflate(2.0);
                        match shadow {
                            Some(sh) => {
                                let grow = sh.blur * 1.5 + 2.0;
                                let (dx, dy) = (sh.offset.x, sh.offset.y);
                                let x0 = b.x.min(b.x + dx) - grow;
                                let y0 = b.y.min(b.y + dy) - grow;
                                let x1 = b.right().max(b.right() + dx) + grow;
                                let y1 = b.bottom().max(b.bottom() + dy) + grow;
                                Rect::new(x0, y0, x1 - x0, y1 - y0)
                            }
                            None => b,
                        }
                    }),
                };
                let bounds = bounds.filter(|b| {
                    b.x.is_finite()
                        && b.y.is_finite()
                        && b.width.is_finite()
                        && b.height.is_finite()
                });
                i.ops.push(CanvasOp::Cmd(DrawCmd::PushCompositeLayer {
                    mode: s.composite,
                    shadow,
                    bounds,
                    blur: 0.0,
                }));
            }
            let t = s.transform;
            let wrap = t != Transform::IDENTITY;
            if wrap {
                i.ops
                    .push(CanvasOp::Cmd(DrawCmd::PushTransform { transform: t }));
            }
            i.ops.extend(ops);
            if wrap {
                i.ops.push(CanvasOp::Cmd(DrawCmd::PopTransform));
            }
            if layer {
                i.ops.push(CanvasOp::Cmd(DrawCmd::PopLayer));
            }
            false
        });
        if !over {
            self.changed();
        }
    }

    fn stroke_style(&self) -> StrokeStyle {
        let s = &self.0.borrow().state;
        StrokeStyle {
            width: s.line_width,
            cap: s.cap,
            join: s.join,
            miter_limit: s.miter_limit,
            dashes: s.dashes.clone(),
            dash_offset: s.dash_offset,
        }
    }

    /// Fill `path` (user space) with the fill style, as one operation.
    fn paint_fill(&self, path: PathData, rule: FillRule) {
        let style = self.0.borrow().state.fill.clone();
        let alpha = self.0.borrow().state.alpha;
        match &style {
            CanvasStyle::Pattern(p) => {
                let Some(bounds) = path.bounds() else { return };
                let Some(image) = self.pattern_ops(p, bounds, alpha) else {
                    return;
                };
                let mut ops = vec![CanvasOp::Cmd(DrawCmd::PushPathClip { path, rule })];
                ops.extend(image);
                ops.push(CanvasOp::Cmd(DrawCmd::PopClip));
                self.record_all(ops, true);
            }
            _ => {
                let Some(brush) = style.brush(alpha) else {
                    return;
                };
                self.record(DrawCmd::FillPath { path, rule, brush }, true);
            }
        }
    }

    /// Stroke `path` (user space) with the stroke style and line settings, as one
    /// operation. A pattern is drawn through the stroke's shape: the stroke in an isolated
    /// layer, the pattern put onto it `source-in`.
    fn paint_stroke(&self, path: PathData) {
        let stroke = self.stroke_style();
        let (style, alpha) = {
            let i = self.0.borrow();
            (i.state.stroke.clone(), i.state.alpha)
        };
        match &style {
            CanvasStyle::Pattern(p) => {
                let Some(b) = path.bounds() else { return };
                let reach = stroke.width.max(0.0) / 2.0 * stroke.miter_limit.max(1.0) + 2.0;
                let bounds = b.inflate(reach);
                let Some(image) = self.pattern_ops(p, bounds, alpha) else {
                    return;
                };
                let layer = |mode| {
                    CanvasOp::Cmd(DrawCmd::PushCompositeLayer {
                        mode,
                        shadow: None,
                        bounds: Some(bounds),
                        blur: 0.0,
                    })
                };
                let mut ops = vec![
                    layer(CompositeMode::SourceOver),
                    CanvasOp::Cmd(DrawCmd::StrokePath {
                        path,
                        stroke,
                        brush: Color::BLACK.into(),
                    }),
                    layer(CompositeMode::SourceIn),
                ];
                ops.extend(image);
                ops.push(CanvasOp::Cmd(DrawCmd::PopLayer));
                ops.push(CanvasOp::Cmd(DrawCmd::PopLayer));
                self.record_all(ops, true);
            }
            _ => {
                let Some(brush) = style.brush(alpha) else {
                    return;
                };
                self.record(
                    DrawCmd::StrokePath {
                        path,
                        stroke,
                        brush,
                    },
                    true,
                );
            }
        }
    }

    /// `fillRect(x, y, w, h)`.
    pub fn fill_rect(&self, x: f32, y: f32, w: f32, h: f32) {
        if !finite(&[x, y, w, h]) || w == 0.0 || h == 0.0 {
            return;
        }
        let path = PathData::rect(x.min(x + w), y.min(y + h), w.abs(), h.abs());
        self.paint_fill(path, FillRule::NonZero);
    }

    /// `strokeRect(x, y, w, h)`.
    pub fn stroke_rect(&self, x: f32, y: f32, w: f32, h: f32) {
        if !finite(&[x, y, w, h]) {
            return;
        }
        let mut p = Path2D::new();
        p.rect(x, y, w, h);
        self.paint_stroke(p.to_path_data());
    }

    /// `clearRect(x, y, w, h)`: make the area transparent. Clearing the whole canvas with
    /// no transform or clip in force forgets everything recorded before.
    pub fn clear_rect(&self, x: f32, y: f32, w: f32, h: f32) {
        if !finite(&[x, y, w, h]) || w == 0.0 || h == 0.0 {
            return;
        }
        let whole = self.with(|i| {
            let (cw, ch) = i.size;
            let r = Rect::new(x.min(x + w), y.min(y + h), w.abs(), h.abs());
            let covers = r.x <= 0.0 && r.y <= 0.0 && r.right() >= cw && r.bottom() >= ch;
            let no_clip = i.state.clips == 0 && i.stack.iter().all(|s| s.clips == 0);
            if covers && no_clip && i.state.transform == Transform::IDENTITY && cw > 0.0 {
                i.ops.clear();
                i.warned_full = false;
                true
            } else {
                false
            }
        });
        if whole {
            self.forget_bitmaps();
            self.changed();
            return;
        }
        // Everything else: erase with an opaque rectangle, ignoring alpha and shadows.
        let saved = self.with(|i| {
            let s = (i.state.composite, i.state.alpha);
            i.state.composite = CompositeMode::DestinationOut;
            i.state.alpha = 1.0;
            s
        });
        let path = PathData::rect(x.min(x + w), y.min(y + h), w.abs(), h.abs());
        self.record(
            DrawCmd::FillPath {
                path,
                rule: FillRule::NonZero,
                brush: Color::BLACK.into(),
            },
            false,
        );
        self.with(|i| (i.state.composite, i.state.alpha) = saved);
    }

    /// The current path (stored in canvas space) brought back into user space, to draw
    /// under the current transform; `None` when that transform cannot be inverted.
    fn user_path(&self) -> Option<PathData> {
        let i = self.0.borrow();
        let t = i.state.transform;
        let data = i.path.to_path_data();
        if t == Transform::IDENTITY {
            return Some(data);
        }
        Some(data.transformed(&t.invert()?))
    }

    /// `fill(rule)`: fill the current path.
    pub fn fill(&self, rule: FillRule) {
        if let Some(path) = self.user_path() {
            self.paint_fill(path, rule);
        }
    }

    /// `stroke()`: stroke the current path.
    pub fn stroke(&self) {
        if let Some(path) = self.user_path() {
            self.paint_stroke(path);
        }
    }

    /// `fill(path, rule)`: fill a [`Path2D`] (in user space).
    pub fn fill_path(&self, path: &Path2D, rule: FillRule) {
        self.paint_fill(path.to_path_data(), rule);
    }

    /// `stroke(path)`: stroke a [`Path2D`].
    pub fn stroke_path(&self, path: &Path2D) {
        self.paint_stroke(path.to_path_data());
    }

    fn push_clip(&self, path: PathData, rule: FillRule) {
        self.with(|i| {
            i.ops
                .push(CanvasOp::Cmd(DrawCmd::PushPathClip { path, rule }));
            i.state.clips += 1;
        });
        self.changed();
    }

    /// `clip(rule)`: intersect the clip with the current path, until `restore()`.
    pub fn clip(&self, rule: FillRule) {
        let path = self.0.borrow().path.to_path_data();
        self.push_clip(path, rule);
    }

    /// `clip(path, rule)`: intersect the clip with a [`Path2D`] (in user space).
    pub fn clip_path(&self, path: &Path2D, rule: FillRule) {
        let t = self.get_transform();
        self.push_clip(path.to_path_data().transformed(&t), rule);
    }

    /// `isPointInPath(x, y)`: whether a point (canvas units) is inside the current path's
    /// outline, by the nonzero rule (curves are flattened).
    pub fn is_point_in_path(&self, x: f32, y: f32) -> bool {
        let path = self.0.borrow().path.to_path_data();
        winding(&path, Point::new(x, y)) != 0
    }

    // ---- text ----

    /// `fillText(text, x, y)` in the current font, alignment and baseline.
    pub fn fill_text(&self, text: &str, x: f32, y: f32) {
        if !finite(&[x, y]) || text.is_empty() {
            return;
        }
        let op = self.text_op(text, x, y);
        if op.color.a == 0 {
            return;
        }
        self.record(CanvasOp::Text(op), true);
    }

    /// Text drawn with the fill style, in the current font, alignment and baseline.
    fn text_op(&self, text: &str, x: f32, y: f32) -> TextOp {
        let (style, alpha) = {
            let i = self.0.borrow();
            (i.state.fill.clone(), i.state.alpha)
        };
        // Far beyond any canvas: a gradient or pattern painted "everywhere" under the text.
        const FAR: f32 = 1.0e5;
        let everywhere = Rect::new(-FAR, -FAR, 2.0 * FAR, 2.0 * FAR);
        let (color, paint) = match &style {
            CanvasStyle::Color(c) => (c.with_opacity(alpha), None),
            CanvasStyle::Gradient(g) => match g.brush(alpha) {
                Some(brush) => (
                    Color::BLACK,
                    Some(vec![DrawCmd::FillPath {
                        path: PathData::rect(everywhere.x, everywhere.y, 2.0 * FAR, 2.0 * FAR),
                        rule: FillRule::NonZero,
                        brush,
                    }]),
                ),
                None => (Color::TRANSPARENT, None),
            },
            CanvasStyle::Pattern(p) => match self.pattern_cmds(p, everywhere, alpha) {
                Some(cmds) => (Color::BLACK, Some(cmds)),
                None => (Color::TRANSPARENT, None),
            },
        };
        self.with(|i| {
            let s = &i.state;
            TextOp {
                text: text.to_string(),
                x,
                y,
                font: s.font.clone(),
                align: s.align,
                baseline: s.baseline,
                color,
                stroke: None,
                paint,
            }
        })
    }

    /// `strokeText(text, x, y)`: the outlines of the glyphs stroked with the stroke style
    /// and line settings, in the current font, alignment and baseline.
    pub fn stroke_text(&self, text: &str, x: f32, y: f32) {
        if !finite(&[x, y]) || text.is_empty() {
            return;
        }
        let stroke = self.stroke_style();
        let fill = self.with(|i| std::mem::replace(&mut i.state.fill, i.state.stroke.clone()));
        let op = self.text_op(text, x, y);
        self.with(|i| i.state.fill = fill);
        if op.color.a == 0 || stroke.width.is_nan() || stroke.width <= 0.0 {
            return;
        }
        self.record(
            CanvasOp::Text(TextOp {
                stroke: Some(stroke),
                ..op
            }),
            true,
        );
    }

    /// `measureText(text)` in the current font.
    pub fn measure_text(&self, text: &str) -> TextMetrics {
        let font = self.0.borrow().state.font.clone();
        let layout = arkui_core::with_fonts(|f| f.shape(text, &font.style(1.0), None));
        let (ascent, descent) = super::text::em_box(&layout, font.size);
        TextMetrics {
            width: layout.width,
            font_bounding_box_ascent: ascent,
            font_bounding_box_descent: descent,
            actual_bounding_box_left: 0.0,
            actual_bounding_box_right: layout.width,
        }
    }
}

/// What a group of recorded operations may draw, in their own space; `None` when some of
/// it is unbounded (text is shaped only when painted).
fn ops_bounds(ops: &[CanvasOp]) -> Option<Rect> {
    let mut out: Option<Rect> = None;
    for op in ops {
        let b = match op {
            CanvasOp::Cmd(c) => match c.local_bounds() {
                Some(b) => b,
                None => continue,
            },
            CanvasOp::Text(_) => return None,
        };
        out = Some(match out {
            None => b,
            Some(a) => {
                let (x0, y0) = (a.x.min(b.x), a.y.min(b.y));
                let (x1, y1) = (a.right().max(b.right()), a.bottom().max(b.bottom()));
                Rect::new(x0, y0, x1 - x0, y1 - y0)
            }
        });
    }
    out
}

/// The affine matrix `[a c e; b d f]` of the canvas API.
fn matrix(a: f32, b: f32, c: f32, d: f32, e: f32, f: f32) -> Transform {
    Transform {
        xx: a,
        yx: b,
        xy: c,
        yy: d,
        tx: e,
        ty: f,
    }
}

/// The winding number of `p` around `path` (curves flattened coarsely).
fn winding(path: &PathData, p: Point) -> i32 {
    use arkui_core::draw::PathVerb;
    let mut w = 0;
    let mut start = Point::new(0.0, 0.0);
    let mut last = start;
    let edge = |a: Point, b: Point, w: &mut i32| {
        if (a.y <= p.y) != (b.y <= p.y) {
            let x = a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x);
            if x > p.x {
                *w += if b.y > a.y { 1 } else { -1 };
            }
        }
    };
    let lerp =
        |a: Point, b: Point, t: f32| Point::new(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    for v in path.verbs() {
        match v {
            PathVerb::MoveTo(a) => {
                edge(last, start, &mut w);
                start = a;
                last = a;
            }
            PathVerb::LineTo(a) => {
                edge(last, a, &mut w);
                last = a;
            }
            PathVerb::QuadTo(c, a) => {
                let mut prev = last;
                for k in 1..=16 {
                    let t = k as f32 / 16.0;
                    let q = lerp(lerp(last, c, t), lerp(c, a, t), t);
                    edge(prev, q, &mut w);
                    prev = q;
                }
                last = a;
            }
            PathVerb::CubicTo(c1, c2, a) => {
                let mut prev = last;
                for k in 1..=16 {
                    let t = k as f32 / 16.0;
                    let ab = lerp(lerp(last, c1, t), lerp(c1, c2, t), t);
                    let bc = lerp(lerp(c1, c2, t), lerp(c2, a, t), t);
                    let q = lerp(ab, bc, t);
                    edge(prev, q, &mut w);
                    prev = q;
                }
                last = a;
            }
            PathVerb::Close => {
                edge(last, start, &mut w);
                last = start;
            }
        }
    }
    edge(last, start, &mut w);
    w
}
