//! Animated images on nodes: an `Image` of an animated GIF or WebP steps through its
//! frames on its app's clock, each frame for its own delay, as many times as the file says
//! (forever when it says nothing), then rests on the last frame.
//!
//! Frames are stepped by app timers ([`crate::set_timeout`]), not by frame callbacks: an
//! app showing a slow animation sleeps between frames, and tests step the clock exactly.
//! An animation out of sight (scrolled away, hidden) holds its frame and arms no timer;
//! back in sight it goes on with the time its frame had left.

use std::cell::Cell;
use std::sync::Arc;

use crate::animation::{TimerId, clear_timeout, now_ms, set_timeout};
use crate::image::{get, with_image};
use crate::tree::NodeId;

/// The animation a node is playing.
#[derive(Clone, Debug)]
pub(crate) struct NodeAnim {
    /// The frame shown.
    pub(crate) frame: usize,
    delays: Arc<[u32]>,
    /// How many times to play (`None`: forever).
    plays: Option<u32>,
    /// Plays finished.
    played: u32,
    /// Tells this animation's timer from those of animations it replaced.
    token: u64,
    /// When the frame shown ends, on the app clock: frames are timed from when they were
    /// due, not from when a late timer ran, so a busy app does not drift.
    due: f64,
    timer: Option<TimerId>,
    /// Out of sight: the time the shown frame had left when it went (no timer meanwhile).
    paused_left: Option<f64>,
}

thread_local! {
    static NEXT_TOKEN: Cell<u64> = const { Cell::new(1) };
}

/// Start `node` playing an animation with these frame delays from its first frame (a
/// decode of the node's source just landed). Runs inside its app.
pub(crate) fn start(node: NodeId, delays: Arc<[u32]>, plays: Option<u32>) {
    stop(node);
    if delays.len() < 2 {
        return;
    }
    let token = NEXT_TOKEN.with(|t| {
        let v = t.get();
        t.set(v + 1);
        v
    });
    let due = now_ms() + f64::from(delays[0]);
    let first = with_image(node, |i| {
        i.anim = Some(NodeAnim {
            frame: 0,
            delays,
            plays,
            played: 0,
            token,
            due,
            timer: None,
            paused_left: None,
        });
        !std::mem::replace(&mut i.watch_visible, true)
    });
    // Out of sight it holds its frame and arms no timer (see `set_visible`).
    if first {
        crate::passes::visible_area::observe_visible_area(node, vec![0.0], move |_, ratio| {
            set_visible(node, ratio > 0.0);
        });
    }
    schedule(node, token, due);
}

/// The image came into sight (`on`) or left it: hold the frame, or go on from it with the
/// time it had left.
fn set_visible(node: NodeId, on: bool) {
    let resume = with_image(node, |i| {
        let a = i.anim.as_mut()?;
        if on {
            let left = a.paused_left.take()?;
            a.due = now_ms() + left;
            Some((a.token, a.due))
        } else {
            if a.paused_left.is_none() && a.timer.is_some() {
                a.paused_left = Some((a.due - now_ms()).max(0.0));
                if let Some(t) = a.timer.take() {
                    clear_timeout(t);
                }
            }
            None
        }
    });
    if let Some((token, due)) = resume {
        schedule(node, token, due);
    }
}

/// Stop `node`'s animation where it is (its source changed or it left the tree).
pub(crate) fn stop(node: NodeId) {
    if let Some(id) = get(node).and_then(|i| i.anim).and_then(|a| a.timer) {
        clear_timeout(id);
    }
    with_image(node, |i| i.anim = None);
}

fn schedule(node: NodeId, token: u64, due: f64) {
    let id = set_timeout(due - now_ms(), move |now| step(node, token, now));
    with_image(node, |i| {
        if let Some(a) = i.anim.as_mut().filter(|a| a.token == token) {
            a.timer = Some(id);
        }
    });
}

/// The frame's delay passed: show the frame due at `now` (skipping those a late timer
/// missed, as a video player drops frames).
fn step(node: NodeId, token: u64, now: f64) {
    let next = with_image(node, |i| {
        let a = i.anim.as_mut().filter(|a| a.token == token)?;
        a.timer = None;
        let total: f64 = a.delays.iter().map(|d| f64::from(*d)).sum();
        // Whole loops missed (an app asleep for minutes) are skipped in one go.
        if now - a.due > total && a.plays.is_none() {
            a.due += ((now - a.due) / total).floor() * total;
        }
        while a.due <= now {
            let mut frame = a.frame + 1;
            if frame == a.delays.len() {
                a.played += 1;
                if a.plays.is_some_and(|n| a.played >= n) {
                    // Done: rest on the last frame.
                    return Some(None);
                }
                frame = 0;
            }
            a.frame = frame;
            a.due += f64::from(a.delays[frame]);
        }
        Some(Some(a.due))
    });
    // A node that left the tree has no image record any more: the chain ends here.
    let Some(next) = next else { return };
    node.mark_image_dirty();
    if let Some(due) = next {
        schedule(node, token, due);
    }
}

impl NodeId {
    /// The frame an animated image shows and how many it has; `None` for a still image
    /// (or one not decoded yet).
    ///
    /// ```
    /// use arkui_core::{NodeId, NodeKind};
    /// let n = NodeId::create("Image", NodeKind::Leaf);
    /// assert_eq!(n.image_frame(), None);
    /// ```
    pub fn image_frame(self) -> Option<(usize, usize)> {
        get(self)
            .and_then(|i| i.anim)
            .map(|a| (a.frame, a.delays.len()))
    }
}
