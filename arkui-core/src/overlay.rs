//! The overlay layer: dialogs, menus, popups and toasts drawn above the page.
//!
//! Each app has one layer, a full-screen `Stack` appended to the app's root the first time
//! something opens on it, so it paints last and is hit first. Every overlay is one entry of
//! that stack: a full-screen box holding the overlay's content. An entry that blocks input
//! (a dialog's mask, a popup's outside-tap catcher) swallows every pointer event below it
//! and traps focus; a toast's entry is invisible to hit testing, so the page stays usable.
//!
//! Widgets reach the layer through [`OverlayManager::current`]: while a component builds it
//! is the app the component is mounted in; from an event handler it is the app that is
//! handling input (the last one that did).

use std::cell::Cell;
use std::rc::Rc;

use arkui_renderer::Color;

use crate::reactive::{Scope, consume, untrack};
use crate::tree::{Alignment, HitTestMode, NodeId, NodeKind, Positioning, with_tree};
use crate::view::View;
use crate::{Length, now_ms, pct};

/// ArkUI's dialog mask: black at 20% (`0x33000000`).
pub const MASK_COLOR: Color = Color::from_argb(0x3300_0000);

type Callback = Rc<dyn Fn()>;

/// How an overlay behaves.
///
/// ```
/// use arkui_core::{Alignment, OverlayOptions};
/// let o = OverlayOptions::modal().alignment(Alignment::Bottom);
/// assert!(o.blocks_input && o.auto_cancel);
/// assert!(!OverlayOptions::passive().blocks_input);
/// ```
#[derive(Clone)]
pub struct OverlayOptions {
    /// Input below is blocked and focus stays inside (dialogs, menus, popups).
    pub blocks_input: bool,
    /// Fill of the full-screen mask (transparent for popups and menus).
    pub mask_color: Color,
    /// A tap on the mask (outside the content) dismisses the overlay (`autoCancel`).
    pub auto_cancel: bool,
    /// The Back key dismisses the overlay.
    pub back_dismisses: bool,
    /// Where the content sits on the screen.
    pub alignment: Alignment,
    /// Called when the overlay is dismissed by a mask tap or the Back key (ArkUI's `cancel`).
    pub on_dismiss: Option<Callback>,
    /// When set, a mask tap or Back asks this instead of closing (ArkUI's `onWillDismiss`):
    /// it is told whether Back (`true`) or a mask tap asked, and closes the overlay itself
    /// if it agrees.
    pub intercept_dismiss: Option<Rc<dyn Fn(bool)>>,
}

impl std::fmt::Debug for OverlayOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OverlayOptions")
            .field("blocks_input", &self.blocks_input)
            .field("mask_color", &self.mask_color)
            .field("auto_cancel", &self.auto_cancel)
            .field("alignment", &self.alignment)
            .finish_non_exhaustive()
    }
}

impl OverlayOptions {
    /// A modal dialog: a dimming mask, dismissed by a mask tap or Back, centred.
    pub fn modal() -> OverlayOptions {
        OverlayOptions {
            blocks_input: true,
            mask_color: MASK_COLOR,
            auto_cancel: true,
            back_dismisses: true,
            alignment: Alignment::Center,
            on_dismiss: None,
            intercept_dismiss: None,
        }
    }

    /// Content that takes no input and lets the page work underneath (toasts).
    pub fn passive() -> OverlayOptions {
        OverlayOptions {
            blocks_input: false,
            mask_color: Color::TRANSPARENT,
            auto_cancel: false,
            back_dismisses: false,
            alignment: Alignment::Bottom,
            on_dismiss: None,
            intercept_dismiss: None,
        }
    }

    /// Where the content sits.
    pub fn alignment(mut self, a: Alignment) -> Self {
        self.alignment = a;
        self
    }

    /// The mask's colour.
    pub fn mask_color(mut self, c: Color) -> Self {
        self.mask_color = c;
        self
    }

    /// Whether a mask tap dismisses.
    pub fn auto_cancel(mut self, on: bool) -> Self {
        self.auto_cancel = on;
        self
    }

    /// Called on a dismissal by the user (mask tap, Back), not on [`Overlay::close`].
    pub fn on_dismiss(mut self, f: impl Fn() + 'static) -> Self {
        self.on_dismiss = Some(Rc::new(f));
        self
    }

    /// Ask `f` instead of closing when the user dismisses (Back: `true`, a mask tap:
    /// `false`); `f` closes the overlay if it agrees (ArkUI's `onWillDismiss`).
    ///
    /// ```
    /// use std::cell::Cell;
    /// use std::rc::Rc;
    /// use arkui_core::{App, DeviceProfile, Key, NodeId, NodeKind, OverlayManager, OverlayOptions};
    /// let mut app = App::with_view(DeviceProfile::iot(), || NodeId::create("Column", NodeKind::Flex));
    /// let asked = Rc::new(Cell::new(false));
    /// let a = asked.clone();
    /// let o = app.overlays().open(
    ///     OverlayOptions::modal().intercept_dismiss(move |back| a.set(back)),
    ///     || NodeId::create("Box", NodeKind::Leaf),
    /// );
    /// app.press_key(Key::Back);
    /// assert!(asked.get() && o.is_open(), "asked, and still open");
    /// ```
    pub fn intercept_dismiss(mut self, f: impl Fn(bool) + 'static) -> Self {
        self.intercept_dismiss = Some(Rc::new(f));
        self
    }
}

struct Entry {
    node: NodeId,
    scope: Scope,
    options: OverlayOptions,
    /// Close automatically at this animation time (toasts).
    deadline: Option<f64>,
}

#[derive(Default)]
struct Layer {
    node: Option<NodeId>,
    entries: Vec<Entry>,
}

thread_local! {
    static ACTIVE: Cell<Option<OverlayManager>> = const { Cell::new(None) };
}

/// One app's overlay layer. `Copy`.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind, OverlayManager, OverlayOptions};
/// let mut app = App::with_view(DeviceProfile::iot(), || NodeId::create("Column", NodeKind::Flex));
/// let overlays = OverlayManager::of(&app);
/// let dialog = overlays.open(OverlayOptions::modal(), || {
///     NodeId::create("Column", NodeKind::Flex).width(100.0).height(50.0).id("dlg")
/// });
/// assert_eq!(overlays.count(), 1);
/// assert!(app.find_by_id("dlg").is_some());
/// dialog.close();
/// assert_eq!(overlays.count(), 0);
/// assert!(app.find_by_id("dlg").is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OverlayManager {
    root: NodeId,
    scope: Scope,
}

/// An open overlay. `Copy`; closing twice is a no-op.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overlay {
    manager: OverlayManager,
    node: NodeId,
}

impl OverlayManager {
    pub(crate) fn new(root: NodeId, scope: Scope) -> OverlayManager {
        OverlayManager { root, scope }
    }

    /// The layer of `app`.
    pub fn of(app: &crate::App) -> OverlayManager {
        OverlayManager::new(app.root(), app.root_scope())
    }

    /// The layer of the app being built (inside a component) or handling input.
    pub fn current() -> Option<OverlayManager> {
        if let Some(m) = consume::<OverlayManager>(None) {
            return Some(untrack(|| m.get()));
        }
        ACTIVE.with(Cell::get).filter(|m| m.root.is_alive())
    }

    /// Make `self` the layer event handlers open overlays on.
    pub(crate) fn activate(self) {
        ACTIVE.with(|a| a.set(Some(self)));
    }

    /// Open `build`'s view on top of everything else.
    pub fn open<V: View>(self, options: OverlayOptions, build: impl FnOnce() -> V) -> Overlay {
        let layer = self.layer_node();
        let scope = self.scope.run(Scope::new_child);
        let node = scope.run(|| {
            let entry = NodeId::create("OverlayEntry", NodeKind::Stack);
            entry.set_layout(|l| {
                l.positioning = Positioning::Absolute {
                    x: Length::Vp(0.0),
                    y: Length::Vp(0.0),
                };
                l.width = pct(100.0);
                l.height = pct(100.0);
                l.stack_align = options.alignment;
            });
            entry.set_visual(|v| v.background_color = options.mask_color);
            let content = build().into_node();
            entry.append(content);
            entry
        });
        let overlay = Overlay {
            manager: self,
            node,
        };
        if options.blocks_input {
            // A tap on the mask: dismiss when allowed, and in any case stop it here.
            let auto = options.auto_cancel;
            node.set_on_click(move |_| {
                if auto {
                    overlay.dismiss_by(false);
                }
            });
            // The mask takes taps, not focus.
            node.set_interaction(|i| i.focusable = Some(false));
        } else {
            node.set_interaction(|i| i.hit_test = HitTestMode::None);
        }
        layer.append(node);
        self.with_layer(|l| {
            l.entries.push(Entry {
                node,
                scope,
                options,
                deadline: None,
            })
        });
        self.update_hit_mode();
        overlay
    }

    /// Open passive content that closes itself after `duration_ms` of the frame clock.
    pub fn open_timed<V: View>(
        self,
        options: OverlayOptions,
        duration_ms: f64,
        build: impl FnOnce() -> V,
    ) -> Overlay {
        let o = self.open(options, build);
        let at = now_ms() + duration_ms.max(0.0);
        self.with_layer(|l| {
            if let Some(e) = l.entries.iter_mut().find(|e| e.node == o.node) {
                e.deadline = Some(at);
            }
        });
        o
    }

    /// Overlays open now.
    pub fn count(self) -> usize {
        self.with_layer(|l| l.entries.len())
    }

    /// The topmost overlay.
    pub fn top(self) -> Option<Overlay> {
        self.with_layer(|l| l.entries.last().map(|e| e.node))
            .map(|node| Overlay {
                manager: self,
                node,
            })
    }

    /// The entry focus is confined to: the topmost one that blocks input.
    pub(crate) fn focus_trap(self) -> Option<NodeId> {
        self.with_layer(|l| {
            l.entries
                .iter()
                .rev()
                .find(|e| e.options.blocks_input)
                .map(|e| e.node)
        })
    }

    /// Dismiss the topmost overlay the Back key closes. Returns whether one was.
    pub(crate) fn back(self) -> bool {
        let top = self.with_layer(|l| {
            l.entries
                .iter()
                .rev()
                .find(|e| e.options.back_dismisses)
                .map(|e| e.node)
        });
        match top {
            Some(node) => {
                Overlay {
                    manager: self,
                    node,
                }
                .dismiss_by(true);
                true
            }
            None => false,
        }
    }

    /// Close timed overlays whose time is up. Returns whether any closed.
    pub(crate) fn tick(self, now: f64) -> bool {
        let due: Vec<NodeId> = self.with_layer(|l| {
            l.entries
                .iter()
                .filter(|e| e.deadline.is_some_and(|d| now >= d))
                .map(|e| e.node)
                .collect()
        });
        for node in &due {
            Overlay {
                manager: self,
                node: *node,
            }
            .close();
        }
        !due.is_empty()
    }

    /// The earliest time a timed overlay closes.
    pub fn next_deadline(self) -> Option<f64> {
        self.with_layer(|l| {
            l.entries
                .iter()
                .filter_map(|e| e.deadline)
                .min_by(f64::total_cmp)
        })
    }

    /// Run `f` on this app's layer record, kept on the app's root node (and freed with it).
    fn with_layer<R>(self, f: impl FnOnce(&mut Layer) -> R) -> R {
        let mut f = Some(f);
        if let Some(r) = self
            .root
            .with_extension(|l: &mut Layer| f.take().map(|f| f(l)))
            .flatten()
        {
            return r;
        }
        // The app is gone, and its overlays with it.
        let f = f.take().expect("with_extension did not run it");
        f(&mut Layer::default())
    }

    fn layer_node(self) -> NodeId {
        if let Some(n) = self.with_layer(|l| l.node).filter(|n| n.is_alive()) {
            return n;
        }
        let node = self
            .scope
            .run(|| NodeId::create("Overlay", NodeKind::Stack));
        node.set_layout(|l| {
            l.positioning = Positioning::Absolute {
                x: Length::Vp(0.0),
                y: Length::Vp(0.0),
            };
            l.width = pct(100.0);
            l.height = pct(100.0);
            // Above any page content, whatever z-index the page uses.
            l.z_index = i32::MAX;
        });
        self.root.append(node);
        self.with_layer(|l| l.node = Some(node));
        node
    }

    /// With nothing blocking, the layer lets taps through to the page.
    fn update_hit_mode(self) {
        let (node, blocking) =
            self.with_layer(|l| (l.node, l.entries.iter().any(|e| e.options.blocks_input)));
        if let Some(n) = node {
            let mode = if blocking {
                HitTestMode::Default
            } else {
                HitTestMode::Transparent
            };
            n.set_interaction(|i| i.hit_test = mode);
        }
    }
}

impl Overlay {
    /// Close it (no `on_dismiss`): its content is unmounted.
    pub fn close(self) {
        let entry = self.manager.with_layer(|l| {
            let i = l.entries.iter().position(|e| e.node == self.node)?;
            Some(l.entries.remove(i))
        });
        let Some(entry) = entry else { return };
        if let Some(parent) = entry.node.parent() {
            parent.remove_child(entry.node);
        }
        entry.scope.dispose();
        self.manager.update_hit_mode();
    }

    /// A user's dismissal by Back (`back`) or a mask tap: asked of the interceptor when
    /// there is one, else [`Overlay::dismiss`].
    fn dismiss_by(self, back: bool) {
        let intercept = self.manager.with_layer(|l| {
            l.entries
                .iter()
                .find(|e| e.node == self.node)
                .and_then(|e| e.options.intercept_dismiss.clone())
        });
        match intercept {
            Some(f) => f(back),
            None => self.dismiss(),
        }
    }

    /// Close it as the user would (mask tap, Back): `on_dismiss` runs first.
    pub fn dismiss(self) {
        let cb = self.manager.with_layer(|l| {
            l.entries
                .iter()
                .find(|e| e.node == self.node)
                .map(|e| e.options.on_dismiss.clone())
        });
        let Some(cb) = cb else { return };
        self.close();
        if let Some(f) = cb {
            f();
        }
    }

    /// Whether it is still open.
    pub fn is_open(self) -> bool {
        self.manager
            .with_layer(|l| l.entries.iter().any(|e| e.node == self.node))
    }

    /// The full-screen entry node holding the content (its mask).
    pub fn node(self) -> NodeId {
        self.node
    }
}

/// Whether `node` lies in `ancestor`'s subtree (or is it).
pub(crate) fn is_inside(node: NodeId, ancestor: NodeId) -> bool {
    with_tree(|t| {
        let mut at = Some(node);
        while let Some(a) = at {
            if a == ancestor {
                return true;
            }
            at = t.nodes.get(a).and_then(|n| n.parent);
        }
        false
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{App, CommonAttribute, DeviceProfile};

    /// The layer keeps no trace of a closed overlay: laying out again after the last one
    /// closed must not meet its (freed) nodes.
    #[test]
    fn closing_the_last_overlay_lays_out_cleanly() {
        let mut app = App::with_view(DeviceProfile::iot(), || {
            NodeId::create("Column", NodeKind::Flex)
        });
        let m = OverlayManager::of(&app);
        let o = m.open(OverlayOptions::passive(), || {
            NodeId::create("Column", NodeKind::Flex)
                .position(4.0, 4.0)
                .id("x")
        });
        app.inspector_tree();
        o.close();
        assert!(app.inspector_by_id("x").is_none());
        assert_eq!(m.count(), 0);
    }

    #[test]
    fn blocking_overlays_trap_focus_and_back_dismisses_the_top_one() {
        let app = App::with_view(DeviceProfile::iot(), || {
            NodeId::create("Column", NodeKind::Flex)
        });
        let m = OverlayManager::of(&app);
        let dismissed = std::rc::Rc::new(Cell::new(0));
        let d = dismissed.clone();
        let a = m.open(OverlayOptions::modal(), || {
            NodeId::create("Column", NodeKind::Flex)
        });
        let b = m.open(
            OverlayOptions::modal().on_dismiss(move || d.set(d.get() + 1)),
            || NodeId::create("Column", NodeKind::Flex),
        );
        let toast = m.open(OverlayOptions::passive(), || {
            NodeId::create("Column", NodeKind::Flex)
        });
        assert_eq!(m.focus_trap(), Some(b.node()));
        assert!(m.back());
        assert_eq!(dismissed.get(), 1);
        assert!(
            !b.is_open() && a.is_open() && toast.is_open(),
            "the toast ignores Back"
        );
        assert_eq!(m.focus_trap(), Some(a.node()));
    }
}
