//! The `Canvas` component: a leaf that replays its context's recording when painted.

use arkui_core::draw::{CompositeMode, DrawCmd, PathData, Rect, TextLayout, TextStyle, Transform};
use arkui_core::{CommonAttribute, Effect, Element, NodeId, NodeKind, PaintCtx, State};
use arkui_renderer::GlyphRun;
use arkui_renderer::text::FontContext;

use super::context::{CanvasOp, CanvasRenderingContext2D, Inner};
use crate::handle::component_handle;

component_handle!(
    /// ArkUI's `Canvas`: shows what its [`CanvasRenderingContext2D`] draws, clipped to its
    /// box. `on_ready` runs when the canvas is first laid out and whenever its size changes
    /// (the canvas is cleared first, as ArkUI's is); `on_draw` redraws from scratch whenever
    /// a state it reads changes, repainting only this canvas.
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile, State};
    /// use arkui_widgets::{Canvas, CanvasRenderingContext2D};
    /// let bars = State::new(vec![10.0f32, 30.0]);
    /// let ctx = CanvasRenderingContext2D::new();
    /// let c = ctx.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     Canvas::new(&c).width(100.0).height(50.0).on_draw(move |ctx| {
    ///         ctx.set_fill_style(Color::BLUE);
    ///         for (i, h) in bars.get().iter().enumerate() {
    ///             ctx.fill_rect(i as f32 * 20.0, 50.0 - h, 15.0, *h);
    ///         }
    ///     })
    /// });
    /// app.frame();
    /// let before = ctx.op_count();
    /// bars.set(vec![10.0, 30.0, 20.0]);
    /// app.frame();
    /// assert_eq!(ctx.op_count(), before + 1); // redrawn with three bars
    /// ```
    Canvas
);

impl Element<(CanvasRenderingContext2D,)> for Canvas {
    fn create((ctx,): (CanvasRenderingContext2D,)) -> Canvas {
        Canvas::new(&ctx)
    }

    fn update(self, _: (CanvasRenderingContext2D,)) {}
}

/// Build the canvas' display commands from the recording: clipped to its box, scaled from
/// vp to pixels, text shaped at the device's size.
fn paint(cx: &mut PaintCtx<'_>, inner: &std::cell::RefCell<Inner>) {
    let (w, h) = cx.size();
    let d = cx.density();
    let mut i = inner.borrow_mut();
    i.size = (w / d, h / d);
    i.density = d;
    let cmds = commands(&i, (w, h), d, cx);
    drop(i);
    cx.draw_commands(&cmds);
}

/// Where canvas text is shaped and outlined: the painter's context, or the font context
/// directly when the canvas is read back.
pub(crate) trait TextSource {
    fn shape(&mut self, text: &str, style: &TextStyle) -> TextLayout;
    fn outline(&mut self, run: &GlyphRun) -> PathData;
}

impl TextSource for PaintCtx<'_> {
    fn shape(&mut self, text: &str, style: &TextStyle) -> TextLayout {
        self.shape_text(text, style)
    }
    fn outline(&mut self, run: &GlyphRun) -> PathData {
        self.text_outline(run)
    }
}

impl TextSource for FontContext {
    fn shape(&mut self, text: &str, style: &TextStyle) -> TextLayout {
        FontContext::shape(self, text, style, None)
    }
    fn outline(&mut self, run: &GlyphRun) -> PathData {
        self.run_outline(run)
    }
}

/// The display commands of a canvas `size` pixels large at `d` pixels per vp: what it
/// paints, and what `getImageData` rasterises.
pub(crate) fn commands(
    i: &Inner,
    (w, h): (f32, f32),
    d: f32,
    fonts: &mut dyn TextSource,
) -> Vec<DrawCmd> {
    let isolate = i.ops.iter().any(|o| {
        matches!(
            o,
            CanvasOp::Cmd(DrawCmd::PushCompositeLayer { mode, .. }) if *mode != CompositeMode::SourceOver
        )
    });
    let mut cmds = Vec::with_capacity(i.ops.len() + 4);
    let bounds = Rect::new(0.0, 0.0, w, h);
    cmds.push(DrawCmd::PushClip { rect: bounds });
    if isolate {
        // Erasing composite operations act on the canvas' own pixels, not the page's.
        cmds.push(DrawCmd::PushCompositeLayer {
            mode: CompositeMode::SourceOver,
            shadow: None,
            bounds: Some(bounds),
            blur: 0.0,
        });
    }
    cmds.push(DrawCmd::PushTransform {
        transform: Transform::scale(d, d),
    });
    for op in &i.ops {
        match op {
            CanvasOp::Cmd(c) => cmds.push(c.clone()),
            CanvasOp::Text(t) => {
                let layout = fonts.shape(&t.text, &t.font.style(d));
                let (x, y) = super::text::place(
                    &layout,
                    t.font.size * d,
                    t.x * d,
                    t.y * d,
                    t.align,
                    t.baseline,
                );
                let run = layout.to_glyph_run(x, y, t.color);
                if run.glyphs.is_empty() {
                    continue;
                }
                // A gradient or pattern shows through the glyphs: they are drawn as a mask
                // in a layer, and the paint is put onto it `source-in`.
                let layer = |mode| DrawCmd::PushCompositeLayer {
                    mode,
                    shadow: None,
                    bounds: None,
                    blur: 0.0,
                };
                if t.paint.is_some() {
                    cmds.push(layer(CompositeMode::SourceOver));
                }
                // Shaped in pixels: undo the vp scale around it.
                cmds.push(DrawCmd::PushTransform {
                    transform: Transform::scale(1.0 / d, 1.0 / d),
                });
                match &t.stroke {
                    None => cmds.push(DrawCmd::Glyphs(run)),
                    Some(stroke) => {
                        let mut stroke = stroke.clone();
                        stroke.width *= d;
                        stroke.dashes.iter_mut().for_each(|v| *v *= d);
                        stroke.dash_offset *= d;
                        cmds.push(DrawCmd::StrokePath {
                            path: fonts.outline(&run),
                            stroke,
                            brush: t.color.into(),
                        });
                    }
                }
                cmds.push(DrawCmd::PopTransform);
                if let Some(paint) = &t.paint {
                    cmds.push(layer(CompositeMode::SourceIn));
                    cmds.extend(paint.iter().cloned());
                    cmds.push(DrawCmd::PopLayer);
                    cmds.push(DrawCmd::PopLayer);
                }
            }
        }
    }
    // Whatever the recording left open (clips not restored), then the canvas' own.
    let open = i.state.clips + i.stack.iter().map(|s| s.clips).sum::<usize>();
    cmds.extend(std::iter::repeat_n(DrawCmd::PopClip, open));
    cmds.push(DrawCmd::PopTransform);
    if isolate {
        cmds.push(DrawCmd::PopLayer);
    }
    cmds.push(DrawCmd::PopClip);
    cmds
}

impl Canvas {
    /// A canvas showing `ctx` (which may be shown by several canvases).
    pub fn new(ctx: &CanvasRenderingContext2D) -> Canvas {
        let node = NodeId::create("Canvas", NodeKind::Leaf);
        ctx.0.borrow_mut().nodes.push(node);
        let inner = ctx.0.clone();
        node.set_painter(move |cx| paint(cx, &inner));
        node.set_extension(BoundContext(ctx.clone()));
        Canvas(node)
    }

    /// The context this canvas shows.
    pub fn context(self) -> Option<CanvasRenderingContext2D> {
        self.0.extension::<BoundContext>().map(|b| b.0)
    }

    /// `onReady`: run `f` when the canvas is laid out with a size, and again (on a cleared
    /// canvas) whenever that size changes. It takes the canvas' `on_area_change` slot.
    pub fn on_ready(self, f: impl Fn() + 'static) -> Self {
        let node = self.0;
        let ctx = self.context();
        self.on_area_change(move |old, new| {
            if (old.width, old.height) == (new.width, new.height) && old != Default::default() {
                return;
            }
            if new.width <= 0.0 || new.height <= 0.0 {
                return;
            }
            if let Some(c) = &ctx {
                let size = node.size_vp().unwrap_or((0.0, 0.0));
                c.reset();
                c.0.borrow_mut().size = size;
            }
            f();
        })
    }

    /// Redraw with `f` (on a cleared canvas) now, when the canvas is laid out or resized,
    /// and whenever a state `f` reads changes. Like `on_ready`, it takes the canvas'
    /// `on_area_change` slot.
    pub fn on_draw(self, f: impl Fn(&CanvasRenderingContext2D) + 'static) -> Self {
        let Some(ctx) = self.context() else {
            return self;
        };
        let node = self.0;
        // The size is a state the drawing reads, so a new layout redraws it.
        let size = State::new(node.size_vp().unwrap_or((0.0, 0.0)));
        Effect::new(move || {
            let s = size.get();
            ctx.reset();
            ctx.0.borrow_mut().size = s;
            f(&ctx);
        });
        self.on_area_change(move |_, _| {
            if let Some(s) = node.size_vp()
                && s != size.get_untracked()
            {
                size.set(s);
            }
        })
    }
}

/// The context a canvas node shows.
#[derive(Clone)]
struct BoundContext(CanvasRenderingContext2D);
