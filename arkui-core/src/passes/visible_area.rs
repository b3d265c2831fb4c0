//! `onVisibleAreaChange`: how much of a component shows, reported when it crosses one of
//! the ratios the app asked about.
//!
//! After each layout the app measures every watched node: the share of its box inside the
//! window and inside every ancestor that clips (a `clip(true)` or a scroll container), zero
//! when it or an ancestor is not visible. Transforms are not followed (a translated
//! component counts where layout put it), nor are other components covering it.

use std::rc::Rc;

use arkui_renderer::Rect;

use crate::tree::{NodeId, NodeTree, with_tree};
use crate::{NodeKind, Visibility};

type Handler = Rc<dyn Fn(bool, f32)>;

/// One watcher of a node's visible share.
struct Watcher {
    /// The ratios whose crossing is reported, ascending, each in 0..=1.
    ratios: Vec<f32>,
    handler: Handler,
    /// The app's own handler (one per node; a new one replaces it) rather than a
    /// component's internal observer.
    app: bool,
    /// Measured once already (a component's observer hears its first measure).
    heard: bool,
}

/// A node's watchers and the share last measured.
#[derive(Default)]
struct VisibleArea {
    watchers: Vec<Watcher>,
    /// `None` before the first measure: the first one reports from 0.
    last: Option<f32>,
}

/// Whether `ratio` counts as at or above `t`: for 0, any part shows.
fn above(ratio: f32, t: f32) -> bool {
    if t <= 0.0 { ratio > 0.0 } else { ratio >= t }
}

fn intersect(a: Rect, b: Rect) -> Rect {
    let x0 = a.x.max(b.x);
    let y0 = a.y.max(b.y);
    let x1 = (a.x + a.width).min(b.x + b.width);
    let y1 = (a.y + a.height).min(b.y + b.height);
    Rect::new(x0, y0, (x1 - x0).max(0.0), (y1 - y0).max(0.0))
}

/// The node that stands for `id` on screen: a span (an ImageSpan) is not laid out
/// itself, so its Text (past any `if`/`ForEach` fragments) is measured instead.
fn measured_node(t: &NodeTree, id: NodeId) -> NodeId {
    let Some(node) = t.nodes.get(id) else {
        return id;
    };
    if node.span.is_none() {
        return id;
    }
    let mut up = node.parent;
    while let Some(p) = up {
        match t.nodes.get(p) {
            Some(n) if n.kind == NodeKind::Fragment => up = n.parent,
            Some(_) => return p,
            None => break,
        }
    }
    id
}

/// The share of `id`'s box that shows in `window`, 0..=1.
fn visible_ratio(t: &NodeTree, id: NodeId, window: Rect) -> f32 {
    let id = measured_node(t, id);
    let Some(node) = t.nodes.get(id) else {
        return 0.0;
    };
    let area = node.rect.width * node.rect.height;
    if area.is_nan() || area <= 0.0 {
        return 0.0;
    }
    let mut shown = intersect(node.rect, window);
    let mut at = Some(id);
    while let Some(n) = at {
        let Some(node) = t.nodes.get(n) else {
            return 0.0;
        };
        if node.layout.visibility != Visibility::Visible {
            return 0.0;
        }
        if n != id && (node.visual.clip || node.kind == NodeKind::Scroll) {
            shown = intersect(shown, node.rect);
        }
        at = node.parent;
    }
    (shown.width * shown.height / area).clamp(0.0, 1.0)
}

fn add(node: NodeId, ratios: Vec<f32>, handler: Handler, app: bool) {
    let mut ratios: Vec<f32> = ratios
        .into_iter()
        .filter(|r| r.is_finite())
        .map(|r| r.clamp(0.0, 1.0))
        .collect();
    if ratios.is_empty() {
        log::warn!("onVisibleAreaChange without ratios (or only NaN ones) never fires; watching 0");
        ratios.push(0.0);
    }
    ratios.sort_by(f32::total_cmp);
    ratios.dedup();
    node.with_extension(|v: &mut VisibleArea| {
        if app {
            v.watchers.retain(|w| !w.app);
        }
        v.watchers.push(Watcher {
            ratios,
            handler,
            app,
            heard: false,
        });
    });
    with_tree(|t| {
        if t.nodes.contains_key(node) && !t.visible_watch.contains(&node) {
            t.visible_watch.push(node);
            // Measure it at the next layout, even if nothing else moves.
            t.mark_layout_dirty(node);
        }
    });
}

/// A component's own watcher of `node`'s visible share (a clock that stops ticking when it
/// is out of sight): `f(is_expanding, ratio)` at the first layout that measures it, then
/// whenever one of `ratios` is crossed. It lives as long as the node.
pub fn observe_visible_area(node: NodeId, ratios: Vec<f32>, f: impl Fn(bool, f32) + 'static) {
    add(node, ratios, Rc::new(f), false);
}

/// The app's `onVisibleAreaChange` on `node` (replacing any it had).
pub(crate) fn set_on_visible_area_change(node: NodeId, ratios: Vec<f32>, f: Handler) {
    add(node, ratios, f, true);
}

/// Measure the watched nodes of the app rooted at `root` in a `size` window and call the
/// handlers whose ratios were crossed, in a batch.
pub(crate) fn report(root: NodeId, size: (u32, u32)) {
    let window = Rect::new(0.0, 0.0, size.0 as f32, size.1 as f32);
    let calls = with_tree(|t| {
        let nodes = &t.nodes;
        t.visible_watch.retain(|n| nodes.contains_key(*n));
        let mut calls: Vec<(Handler, bool, f32)> = Vec::new();
        for id in t.visible_watch.clone() {
            if t.root_of(id) != root {
                continue;
            }
            let ratio = visible_ratio(t, id, window);
            let Some(v) = t.nodes[id].extension_mut::<VisibleArea>() else {
                continue;
            };
            // The first measure reports from 0 (a node that shows nothing stays quiet to the
            // app); a component's own observer always hears its first measure, even one
            // added after the node was first measured.
            let last = v.last.replace(ratio).unwrap_or(0.0);
            for w in &mut v.watchers {
                let first = !std::mem::replace(&mut w.heard, true);
                let crossed = w.ratios.iter().any(|r| above(last, *r) != above(ratio, *r));
                if crossed || (first && !w.app) {
                    calls.push((w.handler.clone(), ratio > last, ratio));
                }
            }
        }
        calls
    });
    if !calls.is_empty() {
        crate::batch(|| {
            for (h, expanding, ratio) in calls {
                h(expanding, ratio);
            }
        });
    }
}
