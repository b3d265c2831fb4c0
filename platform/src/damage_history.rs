//! [`DamageHistory`]: what a buffer that holds an older frame must repaint, for presenters
//! whose buffers are not always the last frame (softbuffer's swap chain, wl_shm and DRM
//! buffers).

use std::collections::VecDeque;

use arkui_renderer::IRect;
use arkui_renderer::damage::{Damage, FrameDamage};

/// Frames of damage kept: a buffer older than this repaints everything.
const HISTORY: usize = 8;

/// The damage of the last frames, newest first, so that a buffer holding an older frame —
/// its *age*, as swap chains count it: 1 is the frame before this one — repaints exactly
/// what changed since it was drawn.
#[derive(Debug, Default)]
pub(crate) struct DamageHistory {
    recent: VecDeque<Damage>,
    frames: u64,
}

impl DamageHistory {
    /// Record `frame` and return what a buffer `age` frames old must paint for it: the
    /// frame's own damage (its blit included) at age 1, the frames it missed and this one
    /// when they are still known, the whole of `full` otherwise (age 0: contents undefined).
    pub(crate) fn plan(&mut self, age: usize, frame: &FrameDamage, full: IRect) -> FrameDamage {
        let plan = match age {
            1 if self.frames > 0 => frame.clone(),
            a if a > 1 && a - 1 <= self.recent.len() => {
                let mut damage = frame.without_blit();
                for missed in self.recent.iter().take(a - 1) {
                    missed.rects().iter().for_each(|r| damage.add(*r));
                }
                FrameDamage { damage, blit: None }
            }
            _ => FrameDamage::full(full),
        };
        self.recent.push_front(frame.without_blit());
        self.recent.truncate(HISTORY);
        self.frames += 1;
        plan
    }

    /// Frames recorded so far: the number of the frame just planned.
    #[cfg(any(feature = "wayland", feature = "drm"))]
    pub(crate) fn frames(&self) -> u64 {
        self.frames
    }
}

/// For presenters that own several buffers (wl_shm, DRM dumb buffers): the frame each was
/// last drawn with, from which its age follows.
#[cfg(any(feature = "wayland", feature = "drm"))]
#[derive(Debug, Default)]
pub(crate) struct BufferAges {
    drawn: Vec<Option<u64>>,
}

#[cfg(any(feature = "wayland", feature = "drm"))]
impl BufferAges {
    /// The age of buffer `index` for the frame about to be planned by `history` (0: never
    /// drawn, or not tracked).
    pub(crate) fn age(&self, index: usize, history: &DamageHistory) -> usize {
        match self.drawn.get(index).copied().flatten() {
            Some(at) => (history.frames() + 1 - at.min(history.frames())) as usize,
            None => 0,
        }
    }

    /// Buffer `index` now holds the frame `history` just planned.
    pub(crate) fn drawn(&mut self, index: usize, history: &DamageHistory) {
        if self.drawn.len() <= index {
            self.drawn.resize(index + 1, None);
        }
        self.drawn[index] = Some(history.frames());
    }

    #[cfg(feature = "wayland")]
    /// Keep only the buffers whose flag is set (the others were dropped), in order.
    pub(crate) fn retain(&mut self, keep: &[bool]) {
        self.drawn.resize(keep.len(), None);
        let mut flags = keep.iter();
        self.drawn
            .retain(|_| flags.next().copied().unwrap_or(false));
    }

    #[cfg(feature = "wayland")]
    /// A new buffer, never drawn, at the end.
    pub(crate) fn push(&mut self) {
        self.drawn.push(None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(r: IRect) -> FrameDamage {
        FrameDamage {
            damage: Damage::from_rect(r),
            blit: None,
        }
    }

    #[test]
    fn a_buffer_of_age_one_repaints_the_frame_and_an_unknown_one_everything() {
        let full = IRect::from_size(100, 100);
        let a = IRect::new(0, 0, 10, 10);
        let mut h = DamageHistory::default();
        assert_eq!(
            h.plan(1, &frame(a), full),
            FrameDamage::full(full),
            "no frame before"
        );
        assert_eq!(h.plan(1, &frame(a), full), frame(a));
        assert_eq!(h.plan(0, &frame(a), full), FrameDamage::full(full));
        let mut both = Damage::from_rect(a);
        both.add(IRect::new(20, 20, 30, 30));
        let plan = h.plan(2, &frame(IRect::new(20, 20, 30, 30)), full);
        assert_eq!(plan.damage.area(), both.area());
    }

    #[test]
    #[cfg(any(feature = "wayland", feature = "drm"))]
    fn a_buffer_repaints_what_changed_since_it_was_drawn() {
        let full = IRect::from_size(100, 100);
        let (a, b, c) = (
            IRect::new(0, 0, 10, 10),
            IRect::new(50, 50, 60, 60),
            IRect::new(90, 0, 100, 10),
        );
        let mut h = DamageHistory::default();
        let mut ages = BufferAges::default();
        // Buffer 0, never drawn: everything.
        assert_eq!(
            h.plan(ages.age(0, &h), &frame(a), full),
            FrameDamage::full(full)
        );
        ages.drawn(0, &h);
        // Buffer 1, never drawn: everything.
        assert_eq!(
            h.plan(ages.age(1, &h), &frame(b), full),
            FrameDamage::full(full)
        );
        ages.drawn(1, &h);
        // Buffer 0 holds frame 1 and frame 3 comes: it missed frame 2 (b), and gets c.
        assert_eq!(ages.age(0, &h), 2);
        let plan = h.plan(ages.age(0, &h), &frame(c), full);
        ages.drawn(0, &h);
        assert_eq!(plan.damage.area(), b.area() + c.area());
        // Buffer 0 again right away (age 1): only the new frame's damage.
        assert_eq!(ages.age(0, &h), 1);
        assert_eq!(h.plan(1, &frame(a), full), frame(a));
        // A buffer older than the history repaints everything.
        assert_eq!(
            h.plan(HISTORY + 2, &frame(a), full),
            FrameDamage::full(full)
        );
    }
}
