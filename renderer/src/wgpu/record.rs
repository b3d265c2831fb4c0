//! [`Recorder`]: walks a display list as the software rasterizer does — transforms, clips
//! (scissor rectangles, or masks for rounded and rotated clips), opacity layers, culling —
//! and turns each drawing command into instances of a [`Frame`].

use super::frame::{Frame, Pass, PassTarget, TexRef};
use super::instance::{
    F_ALIASED, F_EXACT, F_MASK, F_NEAREST, F_TINT, F_VERTICAL, Instance, K_BLUR, K_BORDER, K_FILL,
    K_IMAGE, K_PATH,
};
use super::shapes::premul;
use super::textures::{GlyphAtlas, ImageTextures};
use crate::images::ImageCache;
use crate::text::FontContext;
use crate::{CornerRadii, DisplayList, DrawCmd, IRect, Rect, Transform};

/// GPU objects the recorder uploads glyphs and images to while it walks the list.
pub(crate) struct Uploads<'a> {
    pub(crate) device: &'a wgpu::Device,
    pub(crate) queue: &'a wgpu::Queue,
    pub(crate) texture_layout: &'a wgpu::BindGroupLayout,
    pub(crate) atlas: &'a mut GlyphAtlas,
    pub(crate) images: &'a mut ImageTextures,
    pub(crate) frame_no: u64,
}

/// A clip mask: a coverage page area holding the clip's coverage.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MaskRef {
    pub(crate) page: u32,
    /// Device pixel -> page pixel.
    pub(crate) offset: (i32, i32),
    pub(crate) level: u32,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Clip {
    pub(crate) bounds: IRect,
    pub(crate) mask: Option<MaskRef>,
}

#[derive(Clone, Copy, Debug)]
enum Layer {
    /// Opacity 1: drawn straight through.
    Passthrough,
    /// Opacity 0 or nothing visible: its commands are dropped.
    Discard,
    Offscreen {
        slot: u32,
        rect: IRect,
        opacity: u8,
        mode: crate::CompositeMode,
        /// A drop shadow in device pixels: premultiplied colour, sigma, whole-pixel offset.
        shadow: Option<([f32; 4], f32, (i32, i32))>,
        /// Blur of its content, device sigma (0: none).
        blur: f32,
    },
}

pub(crate) struct Recorder<'a> {
    pub(crate) frame: &'a mut Frame,
    pub(crate) up: Uploads<'a>,
    pub(crate) fonts: &'a mut FontContext,
    pub(crate) images: &'a ImageCache,
    pub(crate) transform: Transform,
    pub(crate) clip: Clip,
    transforms: Vec<Transform>,
    pub(crate) clips: Vec<Clip>,
    layers: Vec<Layer>,
    open_slots: u32,
    discarding: u32,
    /// The whole target.
    target_bounds: IRect,
    /// Anti-aliasing settings in force (innermost last).
    aa: Vec<bool>,
}

impl<'a> Recorder<'a> {
    pub(crate) fn new(
        frame: &'a mut Frame,
        up: Uploads<'a>,
        fonts: &'a mut FontContext,
        images: &'a ImageCache,
        size: (u32, u32),
    ) -> Recorder<'a> {
        Recorder {
            frame,
            up,
            fonts,
            images,
            transform: Transform::IDENTITY,
            clip: Clip {
                bounds: IRect::from_size(size.0, size.1),
                mask: None,
            },
            transforms: Vec::new(),
            clips: Vec::new(),
            layers: Vec::new(),
            open_slots: 0,
            discarding: 0,
            target_bounds: IRect::from_size(size.0, size.1),
            aa: Vec::new(),
        }
    }

    pub(crate) fn record(&mut self, list: &DisplayList) {
        for (i, cmd) in list.commands.iter().enumerate() {
            match cmd {
                DrawCmd::BackdropBlur { rect, radii, blur } => {
                    self.backdrop_blur(&list.commands[..i], *rect, *radii, *blur)
                }
                _ => self.step(cmd),
            }
        }
        while !self.layers.is_empty() {
            self.pop_layer();
        }
    }

    /// A backdrop blur: the GPU target cannot be read back (a window's surface is only a
    /// render attachment), so what lies under the rectangle is drawn again from the
    /// commands before it (`under`) into a layer around it, blurred there, and put back
    /// through the rounded rectangle. Backdrops inside `under` are not redrawn.
    fn backdrop_blur(&mut self, under: &[DrawCmd], rect: Rect, radii: CornerRadii, blur: f32) {
        if self.discarding > 0 {
            return;
        }
        let sigma = crate::display_list::device_blur(blur, &self.transform);
        if sigma <= 0.05 {
            return;
        }
        let dev = self
            .transform
            .map_rect_bounds(rect)
            .to_irect_covering()
            .intersect(&self.clip.bounds);
        if dev.is_empty() {
            return;
        }
        let pad = (sigma * 3.0).ceil() as i32 + 1;
        let area = IRect::new(dev.x0 - pad, dev.y0 - pad, dev.x1 + pad, dev.y1 + pad)
            .intersect(&self.target_bounds);
        // Replay from the frame's starting state into a fresh layer over `area`.
        let saved = (
            self.transform,
            std::mem::take(&mut self.transforms),
            self.clip,
            std::mem::take(&mut self.clips),
            std::mem::take(&mut self.layers),
            std::mem::take(&mut self.aa),
        );
        self.transform = Transform::IDENTITY;
        self.clip = Clip {
            bounds: area,
            mask: None,
        };
        let slot = self.open_slot();
        self.layers.push(Layer::Offscreen {
            slot,
            rect: area,
            opacity: 255,
            mode: crate::CompositeMode::SourceOver,
            shadow: None,
            blur: 0.0,
        });
        for cmd in under {
            if !matches!(cmd, DrawCmd::BackdropBlur { .. }) {
                self.step(cmd);
            }
        }
        // Close what the replay left open (the layers around the backdrop's own node).
        while self.layers.len() > 1 {
            self.pop_layer();
        }
        self.layers.clear();
        let (blurred, _) = self.blur_passes(slot, area, sigma, None);
        self.open_slots -= 1;
        let (transform, transforms, clip, clips, layers, aa) = saved;
        (
            self.transform,
            self.transforms,
            self.clip,
            self.clips,
            self.layers,
            self.aa,
        ) = (transform, transforms, clip, clips, layers, aa);
        // Back onto the target, through the rounded rectangle.
        self.push_clip(rect, radii);
        self.emit(layer_quad(dev, 1.0), Some(TexRef::Layer(blurred)));
        self.pop_clip();
    }

    /// A free layer slot, with a cleared pass drawing into it.
    fn open_slot(&mut self) -> u32 {
        let slot = self.open_slots;
        self.open_slots += 1;
        self.frame.layer_slots = self.frame.layer_slots.max(self.open_slots);
        self.frame.passes.push(Pass {
            target: PassTarget::Layer(slot),
            clear: true,
            draws: Vec::new(),
        });
        slot
    }

    /// One command of the list.
    fn step(&mut self, cmd: &DrawCmd) {
        {
            match cmd {
                DrawCmd::BackdropBlur { .. } => {}
                DrawCmd::PushAntiAlias { on } => self.aa.push(*on),
                DrawCmd::PopAntiAlias => {
                    self.aa.pop();
                }
                DrawCmd::PushClip { rect } => self.push_clip(*rect, CornerRadii::default()),
                DrawCmd::PushRoundedClip { rect, radii } => self.push_clip(*rect, *radii),
                DrawCmd::PushPathClip { path, rule } => self.push_path_clip(path, *rule),
                DrawCmd::PopClip => self.pop_clip(),
                DrawCmd::PushTransform { transform } => {
                    self.transforms.push(self.transform);
                    self.transform = transform.then(&self.transform);
                }
                DrawCmd::PopTransform => {
                    self.transform = self.transforms.pop().unwrap_or(Transform::IDENTITY);
                }
                DrawCmd::PushLayer { opacity, bounds } => self.push_layer(*opacity, *bounds),
                DrawCmd::PushCompositeLayer {
                    mode,
                    shadow,
                    bounds,
                    blur,
                } => self.push_composite_layer(*mode, (*shadow, *blur), *bounds),
                DrawCmd::PopLayer => self.pop_layer(),
                _ => {
                    if self.discarding > 0 {
                        return;
                    }
                    let Some(b) = cmd.local_bounds() else {
                        return;
                    };
                    let t = self.transform;
                    let dev = if t.is_translation() {
                        Rect::new(b.x + t.tx, b.y + t.ty, b.width, b.height)
                    } else {
                        t.map_rect_bounds(b)
                    };
                    if dev
                        .inflate(1.0)
                        .to_irect_covering()
                        .intersects(&self.clip.bounds)
                    {
                        self.draw(cmd);
                    }
                }
            }
        }
    }

    fn draw(&mut self, cmd: &DrawCmd) {
        match cmd {
            DrawCmd::Rect { rect, color } => {
                self.fill(*rect, CornerRadii::default(), &crate::Brush::Solid(*color))
            }
            DrawCmd::RoundedRect { rect, radii, color } => {
                self.fill(*rect, *radii, &crate::Brush::Solid(*color))
            }
            DrawCmd::GradientRect {
                rect,
                radii,
                gradient,
            } => self.fill_gradient(*rect, *radii, gradient),
            DrawCmd::Border {
                rect,
                radii,
                widths,
                color,
            } => self.border(
                *rect,
                *radii,
                *widths,
                &crate::BorderSides::uniform(*color, crate::BorderStyle::Solid),
            ),
            DrawCmd::StyledBorder {
                rect,
                radii,
                widths,
                sides,
            } => self.border(*rect, *radii, *widths, sides),
            DrawCmd::BoxShadow {
                rect,
                radii,
                color,
                blur,
                spread,
                offset,
            } => self.box_shadow(*rect, *radii, *color, *blur, *spread, *offset),
            DrawCmd::Glyphs(run) => self.glyphs(run),
            DrawCmd::Image {
                rect,
                image,
                fit,
                filter,
                opacity,
                tint,
            } => self.image(*rect, *image, *fit, (*filter, *tint), *opacity),
            DrawCmd::ImagePattern {
                rect,
                image,
                tile,
                repeat,
                filter,
                opacity,
            } => self.image_pattern(*rect, *image, *tile, *repeat, (*filter, None), *opacity),
            DrawCmd::FillPath { path, rule, brush } => self.fill_path(path, *rule, brush),
            DrawCmd::StrokePath {
                path,
                stroke,
                brush,
            } => self.stroke_path(path, stroke, brush),
            _ => {}
        }
    }

    /// Add an instance to the current pass under the current clip.
    pub(crate) fn emit(&mut self, inst: Instance, tex: Option<TexRef>) {
        self.emit_blended(inst, tex, crate::CompositeMode::SourceOver);
    }

    fn emit_blended(
        &mut self,
        mut inst: Instance,
        tex: Option<TexRef>,
        blend: crate::CompositeMode,
    ) {
        let scissor = self.clip.bounds;
        if scissor.is_empty() {
            return;
        }
        if self.aa.last() == Some(&false)
            && matches!(inst.info[0] & 0xff, K_FILL | K_BORDER | K_PATH)
        {
            inst.info[0] |= F_ALIASED;
        }
        let mut mask = None;
        if let Some(m) = self.clip.mask {
            inst.info[0] |= F_MASK;
            inst.offs[0] = m.offset.0 as f32;
            inst.offs[1] = m.offset.1 as f32;
            mask = Some(m.page);
        }
        let target = self.current_target();
        if self.frame.passes.last().is_none_or(|p| p.target != target) {
            self.frame.passes.push(Pass {
                target,
                clear: false,
                draws: Vec::new(),
            });
        }
        let Frame {
            instances, passes, ..
        } = &mut *self.frame;
        if let Some(pass) = passes.last_mut() {
            Frame::push_blended(
                instances,
                &mut pass.draws,
                inst,
                (tex, mask),
                scissor,
                blend,
            );
        }
    }

    fn current_target(&self) -> PassTarget {
        self.layers
            .iter()
            .rev()
            .find_map(|l| match l {
                Layer::Offscreen { slot, .. } => Some(PassTarget::Layer(*slot)),
                _ => None,
            })
            .unwrap_or(PassTarget::Main)
    }

    fn push_clip(&mut self, rect: Rect, radii: CornerRadii) {
        self.clips.push(self.clip);
        let t = self.transform;
        if radii.is_zero() && t.is_axis_aligned() {
            // Square clips snap to whole pixels, as in the software renderer.
            let r = t.map_rect_bounds(rect);
            self.clip.bounds = self.clip.bounds.intersect(&snap(&r));
            return;
        }
        let bounds = self
            .clip
            .bounds
            .intersect(&t.map_rect_bounds(rect).to_irect_covering());
        if bounds.is_empty() {
            self.clip = Clip {
                bounds: IRect::EMPTY,
                mask: None,
            };
            return;
        }
        let parent = self.clip.mask;
        let level = parent.map_or(0, |m| m.level + 1);
        let Some((page, x, y)) = self
            .frame
            .alloc_coverage(level, bounds.width(), bounds.height())
        else {
            log::warn!(
                "clip mask of {bounds:?} does not fit a coverage page; clipping to its bounds"
            );
            self.clip.bounds = bounds;
            return;
        };
        let offset = (x as i32 - bounds.x0, y as i32 - bounds.y0);
        if let Some(mut inst) = self.rounded_box_instance(rect, radii, [1.0; 4]) {
            inst.quad = irect_f32(bounds);
            inst.inv_t[2] = offset.0 as f32;
            inst.inv_t[3] = offset.1 as f32;
            if let Some(m) = parent {
                inst.info[0] |= F_MASK;
                inst.offs[0] = m.offset.0 as f32;
                inst.offs[1] = m.offset.1 as f32;
            }
            let scissor = bounds.translate(offset.0, offset.1);
            let Frame {
                instances, pages, ..
            } = &mut *self.frame;
            if let Some(p) = pages.get_mut(page as usize) {
                Frame::push_instance(
                    instances,
                    &mut p.draws,
                    inst,
                    None,
                    parent.map(|m| m.page),
                    scissor,
                );
            }
        }
        self.clip = Clip {
            bounds,
            mask: Some(MaskRef {
                page,
                offset,
                level,
            }),
        };
    }

    fn pop_clip(&mut self) {
        if let Some(c) = self.clips.pop() {
            self.clip = c;
        }
    }

    fn push_layer(&mut self, opacity: f32, bounds: Option<Rect>) {
        let o = if opacity.is_finite() {
            opacity.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let opacity = (o * 255.0 + 0.5) as u8;
        let mut rect = self.clip.bounds;
        if let Some(b) = bounds {
            rect = rect.intersect(&self.transform.map_rect_bounds(b).to_irect_covering());
        }
        self.clips.push(self.clip);
        self.clip.bounds = rect;
        let layer = if opacity == 255 {
            Layer::Passthrough
        } else if opacity == 0 || rect.is_empty() || self.discarding > 0 {
            self.discarding += 1;
            Layer::Discard
        } else {
            let slot = self.open_slot();
            Layer::Offscreen {
                slot,
                rect,
                opacity,
                mode: crate::CompositeMode::SourceOver,
                shadow: None,
                blur: 0.0,
            }
        };
        self.layers.push(layer);
    }

    /// A composite layer: always offscreen (its mode needs it alone), put onto the target
    /// by its mode, after its drop shadow (`cast_shadow`).
    fn push_composite_layer(
        &mut self,
        mode: crate::CompositeMode,
        (shadow, blur): (Option<crate::LayerShadow>, f32),
        bounds: Option<Rect>,
    ) {
        // In device pixels, exactly as the software renderer resolves them.
        let t = self.transform;
        let blur = crate::display_list::device_blur(blur, &t);
        let shadow = shadow
            .and_then(|sh| sh.device(&t))
            .map(|(c, sigma, offset)| (premul(c), sigma, offset));
        let mut rect = self.clip.bounds;
        if let Some(b) = bounds {
            rect = rect.intersect(&self.transform.map_rect_bounds(b).to_irect_covering());
        }
        self.clips.push(self.clip);
        self.clip.bounds = rect;
        let layer = if rect.is_empty() || self.discarding > 0 {
            self.discarding += 1;
            Layer::Discard
        } else {
            let slot = self.open_slot();
            Layer::Offscreen {
                slot,
                rect,
                opacity: 255,
                mode,
                shadow,
                blur,
            }
        };
        self.layers.push(layer);
    }

    /// The drop shadow of layer `slot` (its content within `rect`): its alpha blurred across
    /// (into a free slot), then down and tinted (into another), then drawn shifted onto the
    /// current target, under the layer that is composited next.
    fn cast_shadow(
        &mut self,
        slot: u32,
        rect: IRect,
        (color, sigma, (dx, dy)): ([f32; 4], f32, (i32, i32)),
    ) {
        let (down, area) = self.blur_passes(slot, rect, sigma, Some(color));
        // The blurred, tinted silhouette, shifted, under the clip in force.
        let moved = area.translate(dx, dy);
        let r = irect_f32(moved);
        let inst = Instance {
            quad: r,
            rect: r,
            color: [0.0, 0.0, 0.0, 1.0],
            inv: [1.0, 0.0, 0.0, 1.0],
            p0: [1.0, 1.0, -(dx as f32), -(dy as f32)],
            info: [K_IMAGE | F_EXACT | F_NEAREST, 0, 0, 0],
            ..Instance::default()
        };
        self.emit(inst, Some(TexRef::Layer(down)));
    }

    /// Blur layer `slot` (its content within `rect`) across then down into the two slots
    /// above it, the second pass tinting the alpha with `tint` when given (a shadow); the
    /// slot holding the result and the area it covers.
    fn blur_passes(
        &mut self,
        slot: u32,
        rect: IRect,
        sigma: f32,
        tint: Option<[f32; 4]>,
    ) -> (u32, IRect) {
        let grow = (sigma * 3.0).ceil() as i32 + 1;
        let area = IRect::new(
            rect.x0 - grow,
            rect.y0 - grow,
            rect.x1 + grow,
            rect.y1 + grow,
        );
        let (across, down) = (slot + 1, slot + 2);
        self.frame.layer_slots = self.frame.layer_slots.max(slot + 3);
        let second = match tint {
            Some(c) => (F_VERTICAL | F_TINT, c),
            None => (F_VERTICAL, [1.0; 4]),
        };
        for (target, src, (flags, color)) in [(across, slot, (0, [1.0; 4])), (down, across, second)]
        {
            let inst = Instance {
                quad: irect_f32(area),
                rect: irect_f32(area),
                color,
                inv: [1.0, 0.0, 0.0, 1.0],
                p0: [sigma, 0.0, 0.0, 0.0],
                info: [K_BLUR | flags, 0, 0, 0],
                ..Instance::default()
            };
            let mut draws = Vec::new();
            Frame::push_instance(
                &mut self.frame.instances,
                &mut draws,
                inst,
                Some(TexRef::Layer(src)),
                None,
                area,
            );
            self.frame.passes.push(Pass {
                target: PassTarget::Layer(target),
                clear: true,
                draws,
            });
        }
        (down, area)
    }

    fn pop_layer(&mut self) {
        let Some(layer) = self.layers.pop() else {
            return;
        };
        self.pop_clip();
        match layer {
            Layer::Passthrough => {}
            Layer::Discard => self.discarding -= 1,
            Layer::Offscreen {
                slot,
                rect,
                opacity,
                mode,
                shadow,
                blur,
            } => {
                self.open_slots -= 1;
                if let Some(sh) = shadow {
                    self.cast_shadow(slot, rect, sh);
                }
                // A blurred layer is put down from the second blur pass's slot.
                let (slot, rect) = if blur > 0.05 {
                    self.blur_passes(slot, rect, blur, None)
                } else {
                    (slot, rect)
                };
                let inst = layer_quad(rect, f32::from(opacity) / 255.0);
                // The group composites inside its own rectangle only (no clip mask: the
                // draws inside it were masked already).
                let saved = self.clip;
                self.clip = Clip {
                    bounds: rect.intersect(&saved.bounds),
                    mask: None,
                };
                self.emit_blended(inst, Some(TexRef::Layer(slot)), mode);
                self.clip = saved;
            }
        }
    }
}

/// The quad putting a layer's pixels (device coordinates, one texel each) down over
/// `rect` at `opacity`.
fn layer_quad(rect: IRect, opacity: f32) -> Instance {
    let r = irect_f32(rect);
    Instance {
        quad: r,
        rect: r,
        color: [0.0, 0.0, 0.0, opacity],
        inv: [1.0, 0.0, 0.0, 1.0],
        p0: [1.0, 1.0, 0.0, 0.0],
        info: [K_IMAGE | F_EXACT | F_NEAREST, 0, 0, 0],
        ..Instance::default()
    }
}

/// An integer rectangle as `[x0, y0, x1, y1]`.
pub(crate) fn irect_f32(r: IRect) -> [f32; 4] {
    [r.x0 as f32, r.y0 as f32, r.x1 as f32, r.y1 as f32]
}

/// Clip rectangles snap to the nearest pixel edge so adjacent clips neither overlap nor gap.
fn snap(r: &Rect) -> IRect {
    if r.is_empty() {
        return IRect::EMPTY;
    }
    let c = |v: f32| v.round().clamp(-1.0e9, 1.0e9) as i32;
    IRect::new(c(r.x), c(r.y), c(r.right()), c(r.bottom()))
}
