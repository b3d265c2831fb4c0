//! [`App::frame_damage`]: which pixels the last frame changed, so presenters repaint only
//! those: the display list is diffed against the frame before it, and a scroll container
//! whose content moved by whole pixels turns into a pixel move ([`Blit`]) plus the strip it
//! exposed.

use std::collections::HashMap;

use arkui_renderer::damage::{FrameDamage, ScrollHint, frame_damage};
use arkui_renderer::{DisplayList, IRect};

use crate::App;
use crate::paint::ClipSpan;
use crate::tree::NodeId;

/// The previous frame, kept to measure the next one against.
#[derive(Debug, Default)]
pub(crate) struct DamageState {
    /// The platform asked for a full repaint ([`App::request_full_frame`]).
    pub(crate) force_full: bool,
    prev_list: DisplayList,
    prev_spans: Vec<ClipSpan>,
    prev_size: Option<(u32, u32)>,
    /// The last frame has nothing to be measured against: it repaints everything.
    full: bool,
    pub(crate) cached: Option<FrameDamage>,
}

impl DamageState {
    /// Called before a frame is recorded into `list`: what `list` and `spans` hold (the last
    /// frame) becomes the previous frame; `list` and `spans` get the buffers to reuse.
    pub(crate) fn keep_previous(
        &mut self,
        list: &mut DisplayList,
        spans: &mut Vec<ClipSpan>,
        size: (u32, u32),
    ) {
        std::mem::swap(&mut self.prev_list, list);
        std::mem::swap(&mut self.prev_spans, spans);
        self.full = self.force_full || self.prev_size != Some(size);
        self.force_full = false;
        self.prev_size = Some(size);
        self.cached = None;
    }

    /// The last frame was patched in place (`paint::update`): its damage is known, and the
    /// list it patched is what the next recorded frame is measured against.
    pub(crate) fn patched(&mut self, damage: arkui_renderer::damage::Damage, size: (u32, u32)) {
        self.full = false;
        self.prev_size = Some(size);
        self.cached = Some(FrameDamage { damage, blit: None });
    }
}

/// The one scroll worth a blit between two frames: the clipping node, present in both, whose
/// children mostly moved by the same whole-pixel vector — mostly by area, so a Scroll's one
/// content child outvotes its scroll bar, which moves its own way — and the one containing
/// the most commands when several did (an outer scroll carries its inner lists along).
fn scroll_hint(old: &[ClipSpan], new: &[ClipSpan]) -> Option<ScrollHint> {
    let by_node: HashMap<NodeId, &ClipSpan> = old.iter().map(|s| (s.node, s)).collect();
    let mut best: Option<ScrollHint> = None;
    for span in new {
        let Some(before) = by_node.get(&span.node) else {
            continue;
        };
        let was: HashMap<NodeId, arkui_renderer::Rect> = before.children.iter().copied().collect();
        let mut votes: HashMap<(i32, i32), u64> = HashMap::new();
        for (child, now) in &span.children {
            let Some(then) = was.get(child) else {
                continue;
            };
            if then.width != now.width || then.height != now.height {
                continue;
            }
            let (dx, dy) = (now.x - then.x, now.y - then.y);
            let whole = |v: f32| v.is_finite() && v.fract() == 0.0 && v.abs() < 1e6;
            if (dx != 0.0 || dy != 0.0) && whole(dx) && whole(dy) {
                // Each child votes with its area (at least 1: empty boxes still count).
                let area = (now.width.max(0.0) as u64).saturating_mul(now.height.max(0.0) as u64);
                *votes.entry((dx as i32, dy as i32)).or_default() += area.max(1);
            }
        }
        let Some(((dx, dy), _)) = votes.into_iter().max_by_key(|(d, n)| (*n, *d)) else {
            continue;
        };
        let hint = ScrollHint {
            old_range: before.range.clone(),
            new_range: span.range.clone(),
            dx,
            dy,
        };
        if best
            .as_ref()
            .is_none_or(|b| hint.new_range.len() > b.new_range.len())
        {
            best = Some(hint);
        }
    }
    best
}

impl App {
    /// The pixels the last frame [`App::frame`] produced changed, relative to the frame
    /// before it: damaged rectangles, and for a scroll by whole pixels a [`Blit`] to apply
    /// first. The first frame, the first after a resize and one after
    /// [`App::request_full_frame`] damage the whole viewport. A presenter whose buffer holds
    /// the previous frame applies it as is (`arkui_renderer::software::SoftwareRenderer::render_frame`);
    /// one whose buffer is older uses [`FrameDamage::without_blit`] over the frames it missed.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, Effect, LengthExt, NodeId, NodeKind, State};
    /// use arkui_renderer::{Color, IRect};
    /// let color = State::new(Color::RED);
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let root = NodeId::create("Column", NodeKind::Flex).width(300.vp()).height(200.vp());
    ///     let a = NodeId::create("Blank", NodeKind::Leaf).width(40.vp()).height(20.vp());
    ///     Effect::new(move || {
    ///         let c = color.get();
    ///         a.set_visual(|v| v.background_color = c);
    ///     });
    ///     let b = NodeId::create("Blank", NodeKind::Leaf).width(40.vp()).height(20.vp());
    ///     b.set_visual(|v| v.background_color = Color::BLUE);
    ///     root.append(a);
    ///     root.append(b);
    ///     root
    /// });
    /// app.frame();
    /// assert_eq!(app.frame_damage().damage.area(), 320 * 240); // first frame: everything
    /// color.set(Color::GREEN);
    /// app.frame();
    /// // Only the first box (and its anti-aliasing margin) is repainted.
    /// let d = app.frame_damage();
    /// assert!(d.blit.is_none());
    /// assert_eq!(d.damage.rects().len(), 1);
    /// assert!(d.damage.area() <= 42 * 22);
    /// ```
    ///
    /// [`Blit`]: arkui_renderer::damage::Blit
    pub fn frame_damage(&mut self) -> FrameDamage {
        if let Some(d) = &self.damage.cached {
            return d.clone();
        }
        let viewport = IRect::from_size(self.size.0, self.size.1);
        let d = if self.damage.full {
            FrameDamage::full(viewport)
        } else {
            let hint = scroll_hint(&self.damage.prev_spans, &self.spans);
            let d = frame_damage(&self.damage.prev_list, &self.list, viewport, hint.as_ref());
            self.around_backdrops(d)
        };
        self.damage.cached = Some(d.clone());
        d
    }

    /// Damage near a backdrop blur changes what it shows: the blurred box and the pixels it
    /// reads around it are painted again as one rectangle (so the blur reads this frame's
    /// pixels), and a blit over it is painted instead.
    pub(crate) fn around_backdrops(&self, mut d: FrameDamage) -> FrameDamage {
        let root = self.root();
        let backdrops = crate::tree::with_tree(|t| {
            if t.backdrop_nodes.is_empty() {
                Vec::new()
            } else {
                t.backdrops(root)
            }
        });
        if backdrops.is_empty() {
            return d;
        }
        let viewport = IRect::from_size(self.size.0, self.size.1);
        let areas: Vec<IRect> = backdrops
            .iter()
            .map(|(r, reach)| r.inflate(*reach).to_irect_covering().intersect(&viewport))
            .collect();
        if let Some(b) = d.blit
            && areas.iter().any(|a| a.intersects(&b.area))
        {
            d = FrameDamage {
                damage: d.without_blit(),
                blit: None,
            };
        }
        // Growing one area can reach another backdrop: repeat until nothing changes.
        let mut done = vec![false; areas.len()];
        loop {
            let mut grew = false;
            for (i, a) in areas.iter().enumerate() {
                if !done[i] && d.damage.rects().iter().any(|r| r.intersects(a)) {
                    d.damage.add(*a);
                    done[i] = true;
                    grew = true;
                }
            }
            if !grew {
                return d;
            }
        }
    }
}
