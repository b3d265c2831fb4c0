//! The scroll bar of Scroll, List, Grid and WaterFlow: a thumb sized by viewport / content,
//! placed by offset / range, shown while scrolling and faded out after in `Auto`.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, HitTestMode, Length, NodeId, NodeKind, Positioning, now_ms,
    post_frame_callback,
};

/// When a scroll bar shows, ArkUI's `BarState`.
///
/// ```
/// assert_eq!(arkui_widgets::BarState::default(), arkui_widgets::BarState::Auto);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BarState {
    /// Never.
    Off,
    /// While scrolling, fading out shortly after (the default).
    #[default]
    Auto,
    /// Always, when the content is larger than the viewport.
    On,
}

/// ArkUI's thumb colour, `#66182431`.
///
/// ```
/// assert_eq!(arkui_widgets::SCROLL_BAR_COLOR.a, 0x66);
/// ```
pub const SCROLL_BAR_COLOR: Color = Color::rgba(0x18, 0x24, 0x31, 0x66);
/// Thumb thickness in vp.
const THICKNESS_VP: f32 = 4.0;
/// Gap to the container's edge in vp.
const INSET_VP: f32 = 2.0;
/// Shortest thumb in vp, so it stays grabbable over huge content.
const MIN_LENGTH_VP: f32 = 16.0;
/// In `Auto`, the thumb stays this long after the last scroll, then fades for `FADE_MS`.
const LINGER_MS: f64 = 1000.0;
const FADE_MS: f64 = 250.0;

/// Thumb geometry along the axis, in pixels: `(start, length)` within a track of `track`.
pub(crate) fn thumb_geometry(
    track: f32,
    viewport: f32,
    content: f32,
    offset: f32,
    min: f32,
) -> (f32, f32) {
    if !(track > 0.0 && viewport > 0.0 && content > viewport) {
        return (0.0, track.max(0.0));
    }
    let len = (track * viewport / content).clamp(min.min(track), track);
    let max = content - viewport;
    let t = (offset / max).clamp(0.0, 1.0);
    ((track - len) * t, len)
}

struct Inner {
    thumb: NodeId,
    state: BarState,
    vertical: bool,
    density: f32,
    last_active: f64,
    fading: bool,
    /// The last geometry: (viewport, content, offset).
    seen: (f32, f32, f32),
}

/// A container's scroll bar. Cloning shares it.
#[derive(Clone)]
pub(crate) struct ScrollBar(Rc<RefCell<Inner>>);

impl ScrollBar {
    /// A thumb appended to `parent`, positioned absolutely within it.
    pub(crate) fn new(parent: NodeId, vertical: bool, density: f32) -> ScrollBar {
        let thumb = NodeId::create("ScrollBar", NodeKind::Leaf)
            .background_color(SCROLL_BAR_COLOR)
            .border_radius(Length::Vp(THICKNESS_VP / 2.0))
            .hit_test_behavior(HitTestMode::None)
            .opacity(0.0);
        thumb.set_layout(|a| a.z_index = i32::MAX);
        parent.append(thumb);
        ScrollBar(Rc::new(RefCell::new(Inner {
            thumb,
            state: BarState::Auto,
            vertical,
            density: if density.is_finite() && density > 0.0 {
                density
            } else {
                1.0
            },
            last_active: f64::NEG_INFINITY,
            fading: false,
            seen: (0.0, 0.0, 0.0),
        })))
    }

    pub(crate) fn thumb(&self) -> NodeId {
        self.0.borrow().thumb
    }

    pub(crate) fn set_vertical(&self, vertical: bool) {
        self.0.borrow_mut().vertical = vertical;
    }

    pub(crate) fn set_state(&self, state: BarState) {
        self.0.borrow_mut().state = state;
        self.refresh_opacity(now_ms());
    }

    /// Place the thumb for a viewport of `size` (px), `content` px long along the axis,
    /// scrolled by `offset`; `shift` is added to the thumb's position (a Scroll's children
    /// move with its offset, the thumb must not).
    pub(crate) fn update(&self, size: (f32, f32), content: f32, offset: f32, shift: (f32, f32)) {
        let (thumb, vertical, d, changed) = {
            let mut s = self.0.borrow_mut();
            let viewport = if s.vertical { size.1 } else { size.0 };
            let seen = (viewport, content, offset);
            // Only scrolling shows the bar in `Auto`: not the first layout, not a resize.
            let changed = s.seen.0 > 0.0 && s.seen.2 != offset;
            s.seen = seen;
            (s.thumb, s.vertical, s.density, changed)
        };
        let (viewport, cross) = if vertical {
            (size.1, size.0)
        } else {
            (size.0, size.1)
        };
        let inset = INSET_VP * d;
        let track = (viewport - 2.0 * inset).max(0.0);
        let (start, len) = thumb_geometry(track, viewport, content, offset, MIN_LENGTH_VP * d);
        let thick = THICKNESS_VP * d;
        let along = inset + start;
        let across = (cross - thick - inset).max(0.0);
        let (x, y, w, h) = if vertical {
            (across + shift.0, along + shift.1, thick, len)
        } else {
            (along + shift.0, across + shift.1, len, thick)
        };
        let r = |v: f32| Length::Px(if v.is_finite() { v.round() } else { 0.0 });
        thumb.set_layout(|a| {
            a.positioning = Positioning::Absolute { x: r(x), y: r(y) };
            a.width = r(w);
            a.height = r(h);
        });
        if changed {
            self.activity();
        } else {
            self.refresh_opacity(now_ms());
        }
    }

    /// The content moved: show the thumb (and, in `Auto`, fade it out later).
    pub(crate) fn activity(&self) {
        let now = now_ms();
        self.0.borrow_mut().last_active = now;
        self.refresh_opacity(now);
    }

    /// The thumb's opacity at `now`; schedules the fade's frames in `Auto`.
    fn refresh_opacity(&self, now: f64) {
        let (thumb, opacity, fade) = {
            let s = self.0.borrow();
            let scrollable = s.seen.1 > s.seen.0 + 0.5;
            let idle = now - s.last_active;
            let opacity = match s.state {
                _ if !scrollable => 0.0,
                BarState::Off => 0.0,
                BarState::On => 1.0,
                BarState::Auto if idle <= LINGER_MS => 1.0,
                BarState::Auto => (1.0 - (idle - LINGER_MS) / FADE_MS).clamp(0.0, 1.0) as f32,
            };
            let fade = s.state == BarState::Auto && opacity > 0.0 && !s.fading;
            (s.thumb, opacity, fade)
        };
        thumb.opacity(opacity);
        if fade {
            self.0.borrow_mut().fading = true;
            let me = self.clone();
            post_frame_callback(move |t| {
                me.0.borrow_mut().fading = false;
                me.refresh_opacity(t);
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::thumb_geometry;

    #[test]
    fn the_thumb_is_viewport_over_content_of_the_track() {
        assert_eq!(thumb_geometry(100.0, 100.0, 400.0, 0.0, 0.0), (0.0, 25.0));
        assert_eq!(
            thumb_geometry(100.0, 100.0, 400.0, 300.0, 0.0),
            (75.0, 25.0)
        );
        assert_eq!(thumb_geometry(100.0, 100.0, 1e9, 0.0, 16.0).1, 16.0);
        assert_eq!(
            thumb_geometry(100.0, 100.0, f32::NAN, 0.0, 16.0),
            (0.0, 100.0)
        );
    }
}
