//! [`App`]: a mounted UI with its device profile, driven frame by frame by a platform.

use arkui_renderer::{Color, DisplayList, IRect, Rect};
use serde_json::Value;

use crate::reactive::Scope;
use crate::tree::{
    NodeId, NodeKind, fire_appear, is_paint_dirty, take_layout_dirty, take_paint_dirty,
    take_paint_queue, take_repaint_all, with_tree,
};
use crate::view::{Element, View};
use crate::{DeviceProfile, Units, fonts, inspector, layout, paint};

/// A mounted UI: the root of a component tree, the profile it runs under, and the frame
/// pipeline (layout → display list) a platform drives.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, LengthExt, NodeId, NodeKind};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     NodeId::create("Column", NodeKind::Flex).width(100.vp()).height(50.vp()).id("box")
/// });
/// assert!(app.frame().is_some()); // first frame
/// assert!(app.frame().is_none()); // nothing changed: no frame
/// let tree = app.inspector_by_id("box").unwrap();
/// assert_eq!(tree["$rect"], "[110.00, 0.00],[210.00,50.00]");
/// ```
pub struct App {
    pub(super) root: NodeId,
    pub(super) scope: Scope,
    pub(super) profile: DeviceProfile,
    pub(crate) size: (u32, u32),
    pub(super) units: Units,
    pub(super) restyle: bool,
    pub(super) layout_valid: bool,
    pub(super) fonts_generation: u64,
    pub(super) snap: bool,
    pub(crate) list: DisplayList,
    /// What the last frame's clipping nodes drew (for scroll blits).
    pub(crate) spans: Vec<paint::ClipSpan>,
    /// Where each node's own commands start in `list`, in recording order (the nodes'
    /// fragments index it), and which recording `list` is.
    pub(super) starts: Vec<u32>,
    pub(super) generation: u64,
    /// The focused component whose ring the last frame drew.
    pub(super) ring_drawn: Option<NodeId>,
    /// The frame before the last one, which the last one's damage is relative to.
    pub(crate) damage: crate::passes::damage::DamageState,
    pub(super) background: Color,
    pub(super) frames: u64,
    pub(super) arena: Option<crate::gesture::Arena>,
    pub(super) touch_targets: Vec<NodeId>,
    /// A touch that started in an edge band: maybe the system's back swipe.
    pub(super) edge: Option<super::back::EdgeSwipe>,
    pub(super) hovered: Vec<NodeId>,
    pub(crate) focus: crate::focus::FocusState,
    pub(super) animating: bool,
    pub(super) images: super::images::ImageHost,
    pub(super) requests: super::requests::AppRequests,
    /// This app's clock and frame callbacks, current while it runs code.
    pub(super) context: std::rc::Rc<super::context::AppContext>,
}

impl App {
    /// Mount the component `E` (usually an `#[entry]` component) under `profile`.
    pub fn new<E: Element<()>>(profile: DeviceProfile) -> App {
        App::with_view(profile, || {
            let e = E::create(());
            e.finish();
            e
        })
    }

    /// Mount whatever `build` returns under `profile`.
    pub fn with_view<V: View>(profile: DeviceProfile, build: impl FnOnce() -> V) -> App {
        let context = std::rc::Rc::new(super::context::AppContext::default());
        context.set_image_limits(profile.image_limits());
        context.set_density(profile.units().density);
        let entered = super::context::enter(&context);
        let scope = Scope::new_root();
        let (root, requests) = scope.run(|| {
            // Every page gets its own LocalStorage (`#[local_storage_link]` finds it).
            crate::provide(None, crate::LocalStorage::new());
            crate::media::MediaEnv::provide_for(&profile);
            let root = NodeId::create("root", NodeKind::Flex);
            let requests = super::requests::AppRequests::provide_for(root);
            // Dialogs and popups opened while building find this app's overlay layer.
            let overlays = crate::OverlayManager::new(root, scope);
            crate::provide(None, overlays);
            overlays.activate();
            // The page sits at the top, centred horizontally like ArkUI's stage.
            root.set_layout(|a| a.align_items = crate::tree::ItemAlign::Center);
            let content = build().into_node();
            root.append(content);
            (root, requests)
        });
        let size = profile.size_px;
        let units = profile.units();
        apply_environment(&profile);
        let background = if profile.dark_mode {
            Color::BLACK
        } else {
            Color::WHITE
        };
        let images = super::images::ImageHost::new(&profile);
        drop(entered);
        App {
            root,
            scope,
            profile,
            size,
            units,
            restyle: true,
            layout_valid: false,
            fonts_generation: fonts::generation(),
            snap: true,
            list: DisplayList::new(),
            spans: Vec::new(),
            starts: Vec::new(),
            generation: 0,
            ring_drawn: None,
            damage: crate::passes::damage::DamageState::default(),
            background,
            frames: 0,
            arena: None,
            touch_targets: Vec::new(),
            edge: None,
            hovered: Vec::new(),
            focus: crate::focus::FocusState::default(),
            animating: false,
            images,
            requests,
            context,
        }
    }

    /// Make this app's clock and frame-callback queue the ones code running now reaches.
    pub(crate) fn enter(&self) -> super::context::Entered {
        super::context::enter(&self.context)
    }

    /// The device profile.
    pub fn profile(&self) -> &DeviceProfile {
        &self.profile
    }

    /// Switch profile live (density, font scale, size): everything is re-laid out.
    pub fn set_profile(&mut self, profile: DeviceProfile) {
        self.size = profile.size_px;
        self.units = profile.units();
        self.background = if profile.dark_mode {
            Color::BLACK
        } else {
            Color::WHITE
        };
        apply_environment(&profile);
        self.context.set_image_limits(profile.image_limits());
        self.context.set_density(self.units.density);
        self.profile = profile;
        self.invalidate_all();
    }

    /// The viewport size in pixels.
    pub fn size(&self) -> (u32, u32) {
        self.size
    }

    /// Resize the viewport (a window resize). A 0x0 size is valid (minimised): frames are
    /// skipped until the size is non-zero again.
    pub fn resize(&mut self, width: u32, height: u32) {
        if (width, height) == self.size {
            return;
        }
        self.size = (width, height);
        self.units.screen_width = width as f32;
        self.invalidate_all();
    }

    /// Change the density (a window moved to another monitor).
    pub fn set_density(&mut self, density: f32) {
        if density.is_finite() && density > 0.0 && density != self.units.density {
            self.profile.density = density;
            self.units = Units {
                density,
                ..self.units
            };
            self.invalidate_all();
        }
    }

    /// Snap layout boxes to whole pixels (the default, as ArkUI does) or keep the exact
    /// fractional boxes (for comparing with a browser's layout).
    pub fn set_pixel_snapping(&mut self, snap: bool) {
        if self.snap != snap {
            self.snap = snap;
            self.invalidate_all();
        }
    }

    /// Force the next [`App::frame`] to produce a frame whose [`App::frame_damage`] is the
    /// whole viewport, even if nothing changed: after the platform lost the previous frame's
    /// pixels, or to benchmark a full repaint.
    pub fn request_full_frame(&mut self) {
        self.damage.force_full = true;
        with_tree(|t| t.mark_structure_dirty(self.root));
    }

    /// Make the next [`App::frame`] produce a frame; its damage is what actually changed.
    pub(crate) fn schedule_frame(&mut self) {
        with_tree(|t| t.mark_paint_dirty(self.root));
    }

    fn invalidate_all(&mut self) {
        if let Some(env) = self.scope.run(crate::media::MediaEnv::current) {
            env.update(&self.profile, self.size);
        }
        self.restyle = true;
        self.layout_valid = false;
        with_tree(|t| {
            t.mark_layout_dirty(self.root);
            t.mark_structure_dirty(self.root);
        });
    }

    /// The root node (the stage every page hangs from).
    pub fn root(&self) -> NodeId {
        self.root
    }

    /// Frames produced so far.
    pub fn frame_count(&self) -> u64 {
        self.frames
    }

    /// Whether [`App::frame`] should be called: something changed, an animation is running,
    /// or images are decoding (the frame that finds them decoded repaints their nodes; one
    /// that finds them still decoding returns `None`).
    pub fn needs_frame(&self) -> bool {
        self.has_changes() || (self.size.0 > 0 && self.size.1 > 0 && self.images.busy())
    }

    /// Something to draw (decodes in flight alone are not).
    fn has_changes(&self) -> bool {
        self.size.0 > 0
            && self.size.1 > 0
            && (is_paint_dirty(self.root) || self.restyle || self.is_animating())
    }

    /// Whether an animation is running (frames are needed at the display's pace).
    pub fn is_animating(&self) -> bool {
        self.animating || self.context.has_callbacks()
    }

    /// Set the animation clock to `ms` (a platform passes its frame time; tests step it).
    ///
    /// Each app has its own clock: advancing one moves no other app's animations.
    pub fn advance_time(&mut self, ms: f64) {
        let _entered = self.enter();
        self.context.set_now(ms);
        self.tick_gestures();
        self.tick_overlays();
        self.context.timers().run_due(self.context.now());
        self.context.run_callbacks();
        self.apply_focus_request();
        if self.animating {
            self.schedule_frame();
        }
    }

    /// When the earliest timer ([`crate::set_timeout`]) is due, or a timed overlay (a
    /// toast) closes, on this app's clock (ms): a platform loop with nothing to draw sleeps
    /// until then and calls [`App::advance_time`].
    pub fn next_timer_ms(&self) -> Option<f64> {
        let timers = self.context.timers().next_due();
        let overlays = self.overlays().next_deadline();
        match (timers, overlays) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Pin the wall clock ([`crate::wall_clock_ms`]): it reads `unix_ms` now and advances
    /// with this app's clock (tests show a fixed time; a platform may correct drift).
    pub fn set_wall_clock_ms(&mut self, unix_ms: f64) {
        self.context
            .timers()
            .set_wall_ms(self.context.now(), unix_ms);
    }

    /// Set the local time zone's offset from UTC, minutes east (clamped to ±16 h); what a
    /// `TextClock` without its own offset shows.
    ///
    /// ```
    /// use arkui_core::{App, DeviceProfile, NodeId, NodeKind, local_utc_offset_minutes};
    /// let mut app = App::with_view(DeviceProfile::iot(), || NodeId::create("Column", NodeKind::Flex));
    /// app.set_utc_offset_minutes(330);
    /// assert_eq!(local_utc_offset_minutes(), 330);
    /// ```
    pub fn set_utc_offset_minutes(&mut self, minutes: i32) {
        self.context.timers().set_utc_offset_minutes(minutes);
    }

    /// Call `on_area_change` for watched components whose box moved or resized.
    fn report_area_changes(&mut self) {
        let root = self.root;
        let changes = with_tree(|t| {
            t.area_watch.retain(|n| t.nodes.contains_key(*n));
            let mut out = Vec::new();
            for id in t.area_watch.clone() {
                if t.root_of(id) != root {
                    continue;
                }
                let node = &mut t.nodes[id];
                let now = node.rect;
                let handlers = node.interaction.handlers_mut();
                let before = handlers.last_area.replace(now);
                if before != Some(now)
                    && let Some(h) = handlers.on_area_change.clone()
                {
                    out.push((h, before.unwrap_or_default(), now));
                }
            }
            out
        });
        if !changes.is_empty() {
            crate::batch(|| changes.into_iter().for_each(|(h, a, b)| h(a, b)));
        }
        crate::passes::visible_area::report(root, self.size);
    }

    /// Advance running animations to the clock, calling `on_finish` handlers that are due.
    fn tick_animations(&mut self) {
        let root = self.root;
        let now = crate::animation::now_ms();
        let (finished, freed, remain) = with_tree(|t| crate::animation::tick(t, root, now));
        if !freed.is_empty() {
            let nodes = with_tree(|t| {
                // Their commands are in the retained list: the next frame records without them.
                t.mark_structure_dirty(root);
                crate::tree::free_leaving(t, &freed)
            });
            drop(nodes);
            self.schedule_frame();
        }
        self.animating = remain;
        if !finished.is_empty() {
            crate::batch(|| {
                for f in finished {
                    f();
                }
            });
        }
    }

    pub(crate) fn ensure_layout(&mut self) {
        let _entered = self.enter();
        self.apply_profile_request();
        if fonts::generation() != self.fonts_generation {
            self.fonts_generation = fonts::generation();
            self.invalidate_all();
        }
        if !take_layout_dirty(self.root) && self.layout_valid && !self.restyle {
            return;
        }
        // Layout observers (virtualising containers) may mount rows or move items: lay out
        // again until the tree settles, a bounded number of times.
        for _ in 0..crate::virtual_scroll::MAX_SETTLE_PASSES {
            let (root, units, restyle, snap) = (self.root, self.units, self.restyle, self.snap);
            let size = (self.size.0 as f32, self.size.1 as f32);
            fonts::with_fonts(|fonts| {
                with_tree(|t| {
                    t.density = units.density;
                    layout::compute_layout(t, root, size, &units, restyle, snap, fonts);
                });
            });
            self.restyle = false;
            self.layout_valid = true;
            crate::stats::count(|s| s.layouts += 1);
            crate::virtual_scroll::run_layout_observers(root);
            if !take_layout_dirty(root) {
                break;
            }
        }
        self.report_area_changes();
    }

    /// Run the frame pipeline if anything changed: layout, then the display list.
    /// Returns `None` when nothing changed (no frame, no work) or the viewport is empty.
    pub fn frame(&mut self) -> Option<&DisplayList> {
        let _entered = self.enter();
        self.apply_focus_request();
        // Decodes that landed repaint their nodes; decodes in flight alone are no frame.
        self.poll_images();
        self.tick_overlays();
        if !self.has_changes() {
            return None;
        }
        self.tick_animations();
        self.ensure_layout();
        if self.profile.input == crate::InputStyle::Dpad {
            self.refocus_if_gone();
            self.trap_focus();
        }
        if !self.focus.started && self.profile.input == crate::InputStyle::Dpad {
            // A TV starts with focus on its default component, ring shown.
            self.start_focus();
            self.ensure_layout();
        }
        take_paint_dirty(self.root);
        let (root, units, bg) = (self.root, self.units, self.background);
        let focus_ring = self
            .focus_ring_visible()
            .then_some(self.focus.focused)
            .flatten();
        let round = self.profile.shape == crate::ScreenShape::Round;
        let viewport = Rect::new(0.0, 0.0, self.size.0 as f32, self.size.1 as f32);
        let dirty = take_paint_queue(root);
        let structure = take_repaint_all(root);
        let leaving = with_tree(|t| t.leaving.iter().any(|l| l.root == root));
        // The focus ring is drawn last, around a component that may have moved.
        let ring_moved = focus_ring.is_some_and(|f| dirty.contains(&f));
        let patched = if structure || leaving || ring_moved || focus_ring != self.ring_drawn {
            None
        } else {
            let mut frame = paint::RetainedFrame {
                list: &mut self.list,
                spans: &mut self.spans,
                starts: &mut self.starts,
                generation: self.generation,
            };
            let area = IRect::from_size(self.size.0, self.size.1);
            fonts::with_fonts(|fonts| {
                with_tree(|t| paint::update(t, &dirty, &units, fonts, &mut frame, area))
            })
        };
        match patched {
            Some(damage) => {
                self.damage.patched(damage, self.size);
                if let Some(d) = self.damage.cached.take() {
                    self.damage.cached = Some(self.around_backdrops(d));
                }
                crate::stats::count(|s| s.frames_patched += 1);
            }
            None => {
                // The last frame becomes the one this frame's damage is measured against.
                self.damage
                    .keep_previous(&mut self.list, &mut self.spans, self.size);
                self.generation = paint::next_generation();
                let mut rec = paint::Recording {
                    list: &mut self.list,
                    spans: &mut self.spans,
                    starts: &mut self.starts,
                    generation: self.generation,
                };
                fonts::with_fonts(|fonts| {
                    let screen = paint::Screen {
                        viewport,
                        background: bg,
                        round,
                        focus_ring,
                    };
                    with_tree(|t| paint::record(t, root, &units, fonts, &screen, &mut rec));
                });
                crate::stats::count(|s| s.frames_recorded += 1);
            }
        }
        self.ring_drawn = focus_ring;
        self.frames += 1;
        self.keep_painted_bitmaps();
        fonts::with_fonts(|f| f.end_frame());
        // Transitions started while painting (first appearances) need the next frames.
        self.animating |= with_tree(|t| crate::animation::has_tracks(t, root));
        // After the frame: handlers may change state, which schedules the next frame.
        fire_appear(root);
        Some(&self.list)
    }

    /// The display list of the last frame.
    pub fn display_list(&self) -> &DisplayList {
        &self.list
    }

    /// The inspector JSON of the whole tree (laid out first if needed).
    pub fn inspector_tree(&mut self) -> Value {
        self.ensure_layout();
        let density = self.units.density;
        let size = self.size;
        with_tree(|t| inspector::tree_json(t, self.root, density, size))
    }

    /// The inspector JSON of the component with `.id(id)`, or `None`.
    pub fn inspector_by_id(&mut self, id: &str) -> Option<Value> {
        self.ensure_layout();
        with_tree(|t| inspector::find_by_key(t, self.root, id).map(|n| inspector::node_json(t, n)))
    }

    /// The node with `.id(id)`.
    pub fn find_by_id(&self, id: &str) -> Option<NodeId> {
        with_tree(|t| inspector::find_by_key(t, self.root, id))
    }
}

/// Keep the Environment signals in step with the profile an app runs under.
fn apply_environment(profile: &DeviceProfile) {
    use crate::{ColorMode, Environment};
    Environment::set_color_mode(if profile.dark_mode {
        ColorMode::Dark
    } else {
        ColorMode::Light
    });
    Environment::set_font_scale(profile.font_scale);
    fonts::set_glyph_cache_budget(profile.glyph_cache_budget());
}

impl Drop for App {
    fn drop(&mut self) {
        {
            let _entered = self.enter();
            self.scope.dispose();
        }
        super::context::forget(&self.context);
    }
}
