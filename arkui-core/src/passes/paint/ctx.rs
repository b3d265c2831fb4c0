//! [`PaintCtx`]: what a component's painter may draw, in the node's own coordinates.

use std::cell::Cell;
use std::rc::Rc;

use arkui_renderer::text::{FontContext, TextLayout, TextStyle};
use arkui_renderer::{
    BorderSides, BorderWidths, Brush, Color, CornerRadii, DisplayList, DrawCmd, FillRule, Gradient,
    PathData, Point, Rect, StrokeStyle, Transform,
};

use crate::tree::{Node, NodeId};
use crate::{Length, Units};

type PaintFn = Rc<dyn Fn(&mut PaintCtx<'_>)>;

/// A node's painter ([`NodeId::set_painter`]), kept in the node.
#[derive(Clone)]
pub(crate) struct Painter(pub(crate) PaintFn);

thread_local! {
    /// A painter is running: the tree is borrowed by the paint pass.
    static IN_PAINTER: Cell<bool> = const { Cell::new(false) };
}

/// Whether a painter is running (so a tree access from it gets a clear message).
pub(crate) fn in_painter() -> bool {
    IN_PAINTER.with(Cell::get)
}

/// A shadow cast by a rounded rectangle ([`PaintCtx::box_shadow`]), as CSS `box-shadow` and
/// ArkUI's `ShadowOptions` describe it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shadow {
    /// Shadow colour.
    pub color: Color,
    /// Blur radius in pixels (the Gaussian's sigma is half of it).
    pub blur: f32,
    /// Growth of the shape before blurring, in pixels.
    pub spread: f32,
    /// Shift of the shadow, in pixels.
    pub offset: Point,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    Clip,
    Layer,
    Transform,
    AntiAlias,
}

/// Draws one node's content. Coordinates are device pixels with the origin at the node's
/// top-left corner (its border box); [`PaintCtx::size`] is the box. Colours fade with the
/// opacity the node inherits. Every `push_*` is closed by the matching `pop_*`, and whatever
/// a painter leaves open is closed when it returns (a stray `pop_*` is ignored), so a painter
/// cannot unbalance the frame's display list.
///
/// A painter runs while the paint pass holds the component tree: it must not read or change
/// nodes. What it draws from, it captures (states, `Rc<Cell<_>>`s); when that changes, call
/// [`NodeId::invalidate_paint`].
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind};
/// use arkui_core::Color;
/// use arkui_core::draw::{PathData, StrokeStyle};
/// use arkui_renderer::DrawCmd;
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     let n = NodeId::create("Canvas", NodeKind::Leaf).width(40.0).height(40.0);
///     n.set_painter(|cx| {
///         let (w, h) = cx.size();
///         let circle = PathData::circle(w / 2.0, h / 2.0, w / 2.0 - 2.0);
///         cx.stroke_path(&circle, &StrokeStyle::new(4.0), Color::RED.into());
///     });
///     n
/// });
/// let list = app.frame().unwrap();
/// assert!(list.commands.iter().any(|c| matches!(c, DrawCmd::StrokePath { .. })));
/// ```
pub struct PaintCtx<'a> {
    list: &'a mut DisplayList,
    fonts: &'a mut FontContext,
    node: &'a Node,
    /// The nearest painted ancestor (fragments skipped), for what a container provides.
    parent: Option<&'a Node>,
    origin: Point,
    size: (f32, f32),
    content: Rect,
    opacity: f32,
    units: Units,
    open: Vec<Open>,
    /// Inside a painter's own transform, commands are in that transform's space: they are
    /// not moved to the node's position again.
    transforms: usize,
    /// The bitmaps [`PaintCtx::draw_image`] drew: the node keeps them in its app's image
    /// cache until a paint no longer draws them.
    drawn: Vec<crate::ImageBitmap>,
}

impl<'a> PaintCtx<'a> {
    /// A context drawing into `list` for a node (and its painted parent) whose border box
    /// is `rect` (window pixels) and content box is `content` (window pixels).
    pub(crate) fn new(
        list: &'a mut DisplayList,
        fonts: &'a mut FontContext,
        (node, parent): (&'a Node, Option<&'a Node>),
        rect: Rect,
        content: Rect,
        opacity: f32,
        units: &Units,
    ) -> PaintCtx<'a> {
        PaintCtx {
            list,
            fonts,
            node,
            parent,
            origin: Point::new(rect.x, rect.y),
            size: (rect.width, rect.height),
            content: Rect::new(
                content.x - rect.x,
                content.y - rect.y,
                content.width,
                content.height,
            ),
            opacity,
            units: *units,
            open: Vec::new(),
            transforms: 0,
            drawn: Vec::new(),
        }
    }

    /// Run `painter` on this context, then close what it left open. Returns the bitmaps it
    /// drew.
    pub(crate) fn run(mut self, painter: &Painter) -> Vec<crate::ImageBitmap> {
        let was = IN_PAINTER.with(|p| p.replace(true));
        (painter.0)(&mut self);
        IN_PAINTER.with(|p| p.set(was));
        self.close_all();
        self.drawn
    }

    /// Close everything still open (the default painters use this after drawing too).
    pub(crate) fn close_all(&mut self) {
        while let Some(open) = self.open.pop() {
            self.close(open);
        }
    }

    /// The painted node's value of type `T` ([`NodeId::set_extension`]): where a component
    /// keeps what its painter draws from, so its handle can stay `Copy`.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, Color, DeviceProfile, NodeId, NodeKind};
    /// use arkui_core::draw::Rect;
    /// #[derive(Clone, Copy)]
    /// struct Fill(Color);
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let n = NodeId::create("Swatch", NodeKind::Leaf).width(8.0).height(8.0).id("s");
    ///     n.set_extension(Fill(Color::RED));
    ///     n.set_painter(|cx| {
    ///         if let Some(Fill(c)) = cx.extension::<Fill>().copied() {
    ///             cx.fill_rect(Rect::new(0.0, 0.0, 8.0, 8.0), c);
    ///         }
    ///     });
    ///     n
    /// });
    /// let list = app.frame().unwrap();
    /// assert!(list.commands.iter().any(|c| matches!(c, arkui_renderer::DrawCmd::Rect { color, .. } if *color == Color::RED)));
    /// ```
    pub fn extension<T: 'static>(&self) -> Option<&'a T> {
        self.node.extension::<T>()
    }

    /// The parent's value of type `T` (the nearest ancestor that is a component, not a
    /// `ForEach`/`if` fragment): what a container provides to the children it paints,
    /// as a `Shape` gives its shapes their default fill and stroke. A container whose value
    /// changes repaints its children ([`NodeId::invalidate_paint`] on each).
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, Color, DeviceProfile, NodeId, NodeKind};
    /// use arkui_core::draw::Rect;
    /// #[derive(Clone, Copy)]
    /// struct Ink(Color);
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let parent = NodeId::create("Palette", NodeKind::Flex);
    ///     parent.set_extension(Ink(Color::BLUE));
    ///     let n = NodeId::create("Swatch", NodeKind::Leaf).width(8.0).height(8.0);
    ///     n.set_painter(|cx| {
    ///         let c = cx.parent_extension::<Ink>().map_or(Color::BLACK, |i| i.0);
    ///         cx.fill_rect(Rect::new(0.0, 0.0, 8.0, 8.0), c);
    ///     });
    ///     parent.set_children(vec![n]);
    ///     parent
    /// });
    /// let list = app.frame().unwrap();
    /// assert!(list.commands.iter().any(|c| matches!(c, arkui_renderer::DrawCmd::Rect { color, .. } if *color == Color::BLUE)));
    /// ```
    pub fn parent_extension<T: 'static>(&self) -> Option<&'a T> {
        self.parent?.extension::<T>()
    }

    /// The node's size (its border box) in pixels.
    pub fn size(&self) -> (f32, f32) {
        self.size
    }

    /// The node's content box (inside border and padding), in the node's coordinates.
    pub fn content_rect(&self) -> Rect {
        self.content
    }

    /// Pixels per vp on this device: multiply design sizes by it.
    pub fn density(&self) -> f32 {
        self.units.density
    }

    /// `v` vp in pixels.
    pub fn vp(&self, v: f32) -> f32 {
        v * self.units.density
    }

    /// `length` in pixels on this device; a percentage is of `base` pixels, `auto` is 0.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, Length, NodeId, NodeKind};
    /// use std::{cell::Cell, rc::Rc};
    /// let seen = Rc::new(Cell::new((0.0, 0.0)));
    /// let s = seen.clone();
    /// let mut app = App::with_view(DeviceProfile::phone(), move || {
    ///     let n = NodeId::create("Canvas", NodeKind::Leaf).width(10.0).height(10.0);
    ///     n.set_painter(move |cx| s.set((cx.length(Length::Vp(4.0), 0.0), cx.length(Length::Percent(50.0), 30.0))));
    ///     n
    /// });
    /// app.frame();
    /// assert_eq!(seen.get(), (12.0, 15.0)); // the phone has 3 px per vp
    /// ```
    pub fn length(&self, length: Length, base: f32) -> f32 {
        match length {
            Length::Percent(p) if p.is_finite() => p / 100.0 * base,
            l => l.to_px(&self.units).unwrap_or(0.0),
        }
    }

    /// The opacity colours are faded by (the node's and its ancestors').
    pub fn opacity(&self) -> f32 {
        self.opacity
    }

    fn color(&self, c: Color) -> Color {
        if self.opacity >= 1.0 {
            c
        } else {
            c.with_opacity(self.opacity)
        }
    }

    fn brush(&self, b: Brush) -> Brush {
        match b {
            Brush::Solid(c) => Brush::Solid(self.color(c)),
            Brush::Gradient(mut g) => {
                for s in &mut g.stops {
                    s.color = self.color(s.color);
                }
                Brush::Gradient(g)
            }
        }
    }

    /// Append `cmd`, given in the node's coordinates.
    fn push(&mut self, cmd: DrawCmd) {
        if self.transforms > 0 || (self.origin.x == 0.0 && self.origin.y == 0.0) {
            self.list.push(cmd);
        } else {
            self.list.push(cmd.translated(self.origin.x, self.origin.y));
        }
    }

    /// Fill `rect`.
    pub fn fill_rect(&mut self, rect: Rect, color: Color) {
        if color.a > 0 {
            let color = self.color(color);
            self.push(DrawCmd::Rect { rect, color });
        }
    }

    /// Draw `bitmap` fitted into `rect` by `fit`, sampled bilinearly and faded with the
    /// node's opacity. The node keeps the bitmap in its app's image cache for as long as its
    /// painter draws it: no [`NodeId::set_painted_bitmaps`] is needed.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, ImageBitmap, NodeId, NodeKind};
    /// use arkui_core::draw::Rect;
    /// use arkui_renderer::images::ImageState;
    /// use arkui_renderer::{DrawCmd, ImageFit};
    /// let blue = ImageBitmap::from_straight_rgba(1, 1, vec![0, 0, 255, 255]).unwrap();
    /// let key = blue.key();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let n = NodeId::create("Badge", NodeKind::Leaf).width(10.0).height(10.0);
    ///     n.set_painter(move |cx| cx.draw_image(&blue, Rect::new(0.0, 0.0, 10.0, 10.0), ImageFit::Fill));
    ///     n
    /// });
    /// let list = app.frame().unwrap();
    /// assert!(list.commands.iter().any(|c| matches!(c, DrawCmd::Image { image, .. } if *image == key)));
    /// assert!(matches!(app.image_cache().get(key), ImageState::Ready(_)));
    /// ```
    pub fn draw_image(
        &mut self,
        bitmap: &crate::ImageBitmap,
        rect: Rect,
        fit: arkui_renderer::ImageFit,
    ) {
        if self.opacity <= 0.0 || rect.is_empty() {
            return;
        }
        self.push(DrawCmd::Image {
            rect,
            image: bitmap.key(),
            fit,
            filter: arkui_renderer::ImageFilter::Bilinear,
            opacity: self.opacity.min(1.0),
            tint: None,
        });
        if !self.drawn.contains(bitmap) {
            self.drawn.push(bitmap.clone());
        }
    }

    /// Fill `rect` with rounded corners.
    pub fn fill_rounded_rect(&mut self, rect: Rect, radii: CornerRadii, color: Color) {
        if radii.is_zero() {
            return self.fill_rect(rect, color);
        }
        if color.a > 0 {
            let color = self.color(color);
            self.push(DrawCmd::RoundedRect { rect, radii, color });
        }
    }

    /// Fill `rect` (rounded by `radii`) with a gradient given in the node's coordinates.
    pub fn fill_gradient(&mut self, rect: Rect, radii: CornerRadii, gradient: Gradient) {
        let Brush::Gradient(gradient) = self.brush(Brush::Gradient(gradient)) else {
            return;
        };
        self.push(DrawCmd::GradientRect {
            rect,
            radii,
            gradient,
        });
    }

    /// Fill a path.
    pub fn fill_path(&mut self, path: &PathData, rule: FillRule, brush: Brush) {
        let brush = self.brush(brush);
        self.push(DrawCmd::FillPath {
            path: path.clone(),
            rule,
            brush,
        });
    }

    /// Stroke a path.
    pub fn stroke_path(&mut self, path: &PathData, stroke: &StrokeStyle, brush: Brush) {
        let brush = self.brush(brush);
        self.push(DrawCmd::StrokePath {
            path: path.clone(),
            stroke: stroke.clone(),
            brush,
        });
    }

    /// A uniform border inside `rect`.
    pub fn border(&mut self, rect: Rect, radii: CornerRadii, widths: BorderWidths, color: Color) {
        if !widths.is_zero() && color.a > 0 {
            let color = self.color(color);
            self.push(DrawCmd::Border {
                rect,
                radii,
                widths,
                color,
            });
        }
    }

    /// A border with a colour and a style (solid, dashed, dotted) per side.
    pub fn styled_border(
        &mut self,
        rect: Rect,
        radii: CornerRadii,
        widths: BorderWidths,
        mut sides: BorderSides,
    ) {
        if widths.is_zero() {
            return;
        }
        for s in [
            &mut sides.left,
            &mut sides.top,
            &mut sides.right,
            &mut sides.bottom,
        ] {
            s.color = self.color(s.color);
        }
        self.push(DrawCmd::StyledBorder {
            rect,
            radii,
            widths,
            sides,
        });
    }

    /// The shadow `rect` (rounded by `radii`) casts, drawn outside it only.
    pub fn box_shadow(&mut self, rect: Rect, radii: CornerRadii, shadow: Shadow) {
        if shadow.color.a == 0 {
            return;
        }
        let color = self.color(shadow.color);
        self.push(DrawCmd::BoxShadow {
            rect,
            radii,
            color,
            blur: shadow.blur,
            spread: shadow.spread,
            offset: shadow.offset,
        });
    }

    /// Shape `text` at `size` pixels and draw it with its top-left at `(x, y)`, on one line
    /// (or wrapped at `max_width`). Returns the size it took.
    pub fn fill_text(
        &mut self,
        text: &str,
        x: f32,
        y: f32,
        size: f32,
        color: Color,
        max_width: Option<f32>,
    ) -> (f32, f32) {
        if !(size.is_finite() && size > 0.0) {
            return (0.0, 0.0);
        }
        let layout = self.fonts.shape(text, &TextStyle::new(size), max_width);
        let color = self.color(color);
        let extent = (layout.width, layout.height);
        let run = layout.to_glyph_run(x, y, color);
        if !run.glyphs.is_empty() {
            self.push(DrawCmd::Glyphs(run));
        }
        extent
    }

    /// Shape `text` with `style` (sizes in pixels): its size, baseline and glyphs, to
    /// measure or to draw with [`TextLayout::to_glyph_run`] and [`PaintCtx::draw_commands`].
    ///
    /// ```
    /// use std::cell::Cell;
    /// use std::rc::Rc;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind};
    /// use arkui_core::draw::TextStyle;
    /// let width = Rc::new(Cell::new(0.0));
    /// let w = width.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let n = NodeId::create("Label", NodeKind::Leaf).width(80.0).height(20.0);
    ///     n.set_painter(move |cx| w.set(cx.shape_text("Hello", &TextStyle::new(16.0)).width));
    ///     n
    /// });
    /// app.frame();
    /// assert!(width.get() > 20.0);
    /// ```
    pub fn shape_text(&mut self, text: &str, style: &TextStyle) -> TextLayout {
        self.fonts.shape(text, style, None)
    }

    /// [`PaintCtx::shape_text`] with paragraph attributes and a width to wrap at: a line
    /// limit with an ellipsis, letter spacing, decoration, word breaking, an indent.
    ///
    /// ```
    /// use std::cell::Cell;
    /// use std::rc::Rc;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind, TextOverflow};
    /// use arkui_core::draw::{ParagraphStyle, TextStyle};
    /// let cut = Rc::new(Cell::new(false));
    /// let c = cut.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let n = NodeId::create("Label", NodeKind::Leaf).width(80.0).height(20.0);
    ///     n.set_painter(move |cx| {
    ///         let one = ParagraphStyle { max_lines: Some(1), overflow: TextOverflow::Ellipsis, ..Default::default() };
    ///         c.set(cx.shape_paragraph("a long error message", &TextStyle::new(16.0), &one, Some(60.0)).truncated);
    ///     });
    ///     n
    /// });
    /// app.frame();
    /// assert!(cut.get());
    /// ```
    pub fn shape_paragraph(
        &mut self,
        text: &str,
        style: &TextStyle,
        para: &arkui_renderer::text::ParagraphStyle,
        max_width: Option<f32>,
    ) -> TextLayout {
        self.fonts.shape_paragraph(text, style, para, max_width)
    }

    /// A Text node's shown text (its content in its `textCase`) laid out at its content
    /// width, as [`crate::text_map`] lays text out: where each character is, for a painter
    /// drawing over the text (a selection). `None` for a node without text.
    ///
    /// ```
    /// use std::cell::Cell;
    /// use std::rc::Rc;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind};
    /// let lines = Rc::new(Cell::new(0));
    /// let l = lines.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let n = NodeId::create("Text", NodeKind::Text).width(40.0);
    ///     n.set_text(|t| t.content = "one two three".into());
    ///     n.set_painter(move |cx| l.set(cx.text_map().map_or(0, |(_, m)| m.lines.len())));
    ///     n
    /// });
    /// app.frame();
    /// assert!(lines.get() > 1, "wrapped at the node's width");
    /// ```
    pub fn text_map(&mut self) -> Option<(String, crate::TextMap)> {
        let t = self.node.text.as_deref()?;
        let shown = t.text_case.apply(&t.content).into_owned();
        let style = crate::layout::text_style(t, &self.units);
        let map = self
            .fonts
            .text_map(&shown, &style, Some(self.content.width + 0.5));
        Some((shown, map))
    }

    /// The outlines of a glyph run's glyphs as one path, in the run's coordinates (what a
    /// canvas' `strokeText` strokes).
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile, NodeId, NodeKind};
    /// use arkui_core::draw::TextStyle;
    /// use std::{cell::Cell, rc::Rc};
    /// let h = Rc::new(Cell::new(0.0));
    /// let hh = h.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let n = NodeId::create("Label", NodeKind::Leaf).width(50.0).height(50.0);
    ///     let hh = hh.clone();
    ///     n.set_painter(move |cx| {
    ///         let run = cx.shape_text("H", &TextStyle::new(30.0)).to_glyph_run(0.0, 0.0, Color::BLACK);
    ///         hh.set(cx.text_outline(&run).bounds().map_or(0.0, |b| b.height));
    ///     });
    ///     n
    /// });
    /// app.frame();
    /// assert!(h.get() > 15.0 && h.get() < 30.0); // a capital's height at 30 px
    /// ```
    pub fn text_outline(&mut self, run: &arkui_renderer::GlyphRun) -> PathData {
        self.fonts.run_outline(run)
    }

    /// Draw ready-made commands in the node's coordinates (pixels, origin at its top-left
    /// corner), faded by the node's opacity as a group. Unbalanced commands are repaired:
    /// a stray pop is dropped and what is left open is closed, so a bad list cannot unbalance
    /// the frame's.
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile, NodeId, NodeKind};
    /// use arkui_core::draw::{DrawCmd, Rect};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let n = NodeId::create("Chart", NodeKind::Leaf).width(20.0).height(20.0);
    ///     n.set_painter(|cx| {
    ///         cx.draw_commands(&[
    ///             DrawCmd::PopClip, // stray: dropped
    ///             DrawCmd::PushClip { rect: Rect::new(0.0, 0.0, 10.0, 10.0) }, // closed for us
    ///             DrawCmd::Rect { rect: Rect::new(0.0, 0.0, 20.0, 20.0), color: Color::RED },
    ///         ]);
    ///     });
    ///     n
    /// });
    /// let list = app.frame().unwrap();
    /// let pushes = list.commands.iter().filter(|c| matches!(c, DrawCmd::PushClip { .. })).count();
    /// let pops = list.commands.iter().filter(|c| matches!(c, DrawCmd::PopClip)).count();
    /// assert_eq!(pushes, pops);
    /// ```
    pub fn draw_commands(&mut self, cmds: &[DrawCmd]) {
        let fade = self.opacity < 1.0;
        if fade {
            self.push_layer(self.opacity);
        }
        self.push_transform(Transform::IDENTITY);
        let mut open: Vec<Open> = Vec::new();
        for cmd in cmds {
            let close = match cmd {
                DrawCmd::PushClip { .. }
                | DrawCmd::PushRoundedClip { .. }
                | DrawCmd::PushPathClip { .. } => {
                    open.push(Open::Clip);
                    None
                }
                DrawCmd::PushLayer { .. } | DrawCmd::PushCompositeLayer { .. } => {
                    open.push(Open::Layer);
                    None
                }
                DrawCmd::PushTransform { .. } => {
                    open.push(Open::Transform);
                    None
                }
                DrawCmd::PushAntiAlias { .. } => {
                    open.push(Open::AntiAlias);
                    None
                }
                DrawCmd::PopClip => Some(Open::Clip),
                DrawCmd::PopLayer => Some(Open::Layer),
                DrawCmd::PopTransform => Some(Open::Transform),
                DrawCmd::PopAntiAlias => Some(Open::AntiAlias),
                _ => None,
            };
            if let Some(kind) = close
                && open.last() != Some(&kind)
            {
                continue;
            }
            if close.is_some() {
                open.pop();
            }
            self.list.push(cmd.clone());
        }
        while let Some(o) = open.pop() {
            self.list.push(match o {
                Open::Clip => DrawCmd::PopClip,
                Open::Layer => DrawCmd::PopLayer,
                Open::Transform => DrawCmd::PopTransform,
                Open::AntiAlias => DrawCmd::PopAntiAlias,
            });
        }
        self.pop_transform();
        if fade {
            self.pop_layer();
        }
    }

    /// Cut what follows to `rect` until [`PaintCtx::pop_clip`].
    pub fn push_clip(&mut self, rect: Rect) {
        self.push(DrawCmd::PushClip { rect });
        self.open.push(Open::Clip);
    }

    /// Cut what follows to a rounded rectangle until [`PaintCtx::pop_clip`].
    pub fn push_rounded_clip(&mut self, rect: Rect, radii: CornerRadii) {
        self.push(DrawCmd::PushRoundedClip { rect, radii });
        self.open.push(Open::Clip);
    }

    /// End the innermost clip.
    pub fn pop_clip(&mut self) {
        self.pop(Open::Clip);
    }

    /// Draw what follows as one group faded to `opacity` (overlaps do not show through each
    /// other) until [`PaintCtx::pop_layer`].
    pub fn push_layer(&mut self, opacity: f32) {
        let opacity = if opacity.is_finite() {
            opacity.clamp(0.0, 1.0)
        } else {
            1.0
        };
        self.list.push(DrawCmd::PushLayer {
            opacity,
            bounds: None,
        });
        self.open.push(Open::Layer);
    }

    /// Composite the innermost layer.
    pub fn pop_layer(&mut self) {
        self.pop(Open::Layer);
    }

    /// Draw what follows through `transform` (in the node's coordinates: rotate about the
    /// node's centre with `Transform::rotate_about(a, w / 2.0, h / 2.0)`) until
    /// [`PaintCtx::pop_transform`].
    pub fn push_transform(&mut self, transform: Transform) {
        let t = if self.transforms > 0 {
            transform
        } else {
            transform.then(&Transform::translate(self.origin.x, self.origin.y))
        };
        self.list.push(DrawCmd::PushTransform { transform: t });
        self.open.push(Open::Transform);
        self.transforms += 1;
    }

    /// End the innermost transform.
    pub fn pop_transform(&mut self) {
        self.pop(Open::Transform);
    }

    /// Draw edges smoothed (`on`, the default) or hard (a pixel at least half covered is
    /// painted fully, others not) until [`PaintCtx::pop_anti_alias`]: a shape's
    /// `antiAlias(false)`.
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile, NodeId, NodeKind};
    /// use arkui_core::draw::{FillRule, PathData};
    /// use arkui_renderer::DrawCmd;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let n = NodeId::create("Circle", NodeKind::Leaf).width(20.0).height(20.0);
    ///     n.set_painter(|cx| {
    ///         cx.push_anti_alias(false);
    ///         cx.fill_path(&PathData::circle(10.0, 10.0, 9.0), FillRule::NonZero, Color::RED.into());
    ///         // left open: closed for us
    ///     });
    ///     n
    /// });
    /// let list = app.frame().unwrap();
    /// let n = |f: fn(&DrawCmd) -> bool| list.commands.iter().filter(|c| f(c)).count();
    /// assert_eq!(n(|c| matches!(c, DrawCmd::PushAntiAlias { on: false })), 1);
    /// assert_eq!(n(|c| matches!(c, DrawCmd::PopAntiAlias)), 1);
    /// ```
    pub fn push_anti_alias(&mut self, on: bool) {
        self.list.push(DrawCmd::PushAntiAlias { on });
        self.open.push(Open::AntiAlias);
    }

    /// End the innermost [`PaintCtx::push_anti_alias`].
    pub fn pop_anti_alias(&mut self) {
        self.pop(Open::AntiAlias);
    }

    /// Close the innermost open group if it is a `kind` (closing whatever was opened inside
    /// it first); a pop with nothing of its kind open is ignored.
    fn pop(&mut self, kind: Open) {
        let Some(at) = self.open.iter().rposition(|o| *o == kind) else {
            log::warn!("PaintCtx: pop_{kind:?} with no such group open (ignored)");
            return;
        };
        while self.open.len() > at {
            let Some(open) = self.open.pop() else { break };
            self.close(open);
        }
    }

    fn close(&mut self, open: Open) {
        self.list.push(match open {
            Open::Clip => DrawCmd::PopClip,
            Open::Layer => DrawCmd::PopLayer,
            Open::Transform => {
                self.transforms = self.transforms.saturating_sub(1);
                DrawCmd::PopTransform
            }
            Open::AntiAlias => DrawCmd::PopAntiAlias,
        });
    }
}

impl NodeId {
    /// Draw this node's content with `painter`, after its background, border, text and
    /// image and before its children (ArkUI's `DrawModifier.drawContent`, a `RenderNode`'s
    /// `draw`). The painter runs whenever the node is painted; when something it draws from
    /// changes, call [`NodeId::invalidate_paint`]. See [`PaintCtx`] for what it may do.
    pub fn set_painter(self, painter: impl Fn(&mut PaintCtx<'_>) + 'static) {
        self.set_extension(Painter(Rc::new(painter)));
        self.invalidate_paint();
    }

    /// Stop drawing with the painter set by [`NodeId::set_painter`].
    pub fn clear_painter(self) {
        if self.remove_extension::<Painter>().is_some() {
            self.invalidate_paint();
        }
    }

    /// Paint this node again in the next frame: what its painter draws from changed.
    ///
    /// ```
    /// use std::cell::Cell;
    /// use std::rc::Rc;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind};
    /// use arkui_core::{Color, draw::Rect};
    /// let color = Rc::new(Cell::new(Color::RED));
    /// let c = color.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let n = NodeId::create("Canvas", NodeKind::Leaf).width(10.0).height(10.0).id("c");
    ///     n.set_painter(move |cx| cx.fill_rect(Rect::new(0.0, 0.0, 10.0, 10.0), c.get()));
    ///     n
    /// });
    /// app.frame();
    /// assert!(app.frame().is_none()); // nothing changed
    /// color.set(Color::BLUE);
    /// app.find_by_id("c").unwrap().invalidate_paint();
    /// assert!(app.frame().is_some());
    /// ```
    pub fn invalidate_paint(self) {
        crate::tree::with_tree(|t| {
            if t.nodes.contains_key(self) {
                t.mark_paint_dirty(self);
            }
        });
    }
}
