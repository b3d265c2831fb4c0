//! [`frame_damage`]: what a frame must repaint, given the previous frame's display list and,
//! when a scroll container moved its content by whole pixels, a [`ScrollHint`] that lets the
//! frame shift the pixels already drawn ([`Blit`]) and paint only what the shift exposed.

use std::ops::Range;

use super::Damage;
use super::diff::{Entry, Shift, diff_entries, entries, list_damage};
use crate::{CornerRadii, DisplayList, DrawCmd, IRect, Rect};

/// Share of the scrolled area above which the blit is not worth it: the frame would repaint
/// almost everything anyway, so it repaints without moving pixels first.
const BLIT_WORTH: f64 = 0.85;

/// A scroll container's content moved by whole device pixels since the last frame.
///
/// The ranges are the commands strictly inside the container's clip (after its
/// [`DrawCmd::PushClip`], before the matching [`DrawCmd::PopClip`]) in the old and the new
/// display list; `(dx, dy)` is how far the content moved on screen (scrolling down moves
/// content up: `dy < 0`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScrollHint {
    /// The container's content commands in the previous frame's list.
    pub old_range: Range<usize>,
    /// The container's content commands in the new list.
    pub new_range: Range<usize>,
    /// Horizontal movement in device pixels.
    pub dx: i32,
    /// Vertical movement in device pixels.
    pub dy: i32,
}

/// Move the pixels inside `area` by `(dx, dy)` before painting the damage
/// (`arkui_renderer::software::scroll` does it in memory).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Blit {
    /// The scrolled area, in device pixels.
    pub area: IRect,
    /// Horizontal movement.
    pub dx: i32,
    /// Vertical movement.
    pub dy: i32,
}

impl Blit {
    /// Pixels the blit moves.
    pub fn moved_area(&self) -> u64 {
        self.area
            .translate(self.dx, self.dy)
            .intersect(&self.area)
            .area()
    }
}

/// What a frame repaints: optionally a [`Blit`] first, then the damaged rectangles (which
/// include the strips a blit exposes).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrameDamage {
    /// Rectangles to paint from the display list.
    pub damage: Damage,
    /// Pixels to move before painting, when a scroll allows it.
    pub blit: Option<Blit>,
}

impl FrameDamage {
    /// Repaint all of `viewport`.
    pub fn full(viewport: IRect) -> FrameDamage {
        FrameDamage {
            damage: Damage::from_rect(viewport),
            blit: None,
        }
    }

    /// True when the frame changes no pixel.
    pub fn is_empty(&self) -> bool {
        self.damage.is_empty() && self.blit.is_none()
    }

    /// The same frame for a target that cannot move pixels (a buffer that does not hold the
    /// previous frame, a GPU surface): the blit's area becomes damage.
    pub fn without_blit(&self) -> Damage {
        let mut d = self.damage.clone();
        if let Some(b) = self.blit {
            d.add(b.area);
        }
        d
    }
}

/// The strips of `area` a move by `(dx, dy)` leaves without pixels.
pub fn exposed_by_move(area: IRect, dx: i32, dy: i32) -> Damage {
    let mut exposed = Damage::new();
    if area.is_empty() || (dx == 0 && dy == 0) {
        return exposed;
    }
    let moved = area.translate(dx, dy).intersect(&area);
    if moved.is_empty() {
        exposed.add(area);
        return exposed;
    }
    if moved.y0 > area.y0 {
        exposed.add(IRect::new(area.x0, area.y0, area.x1, moved.y0));
    }
    if moved.y1 < area.y1 {
        exposed.add(IRect::new(area.x0, moved.y1, area.x1, area.y1));
    }
    if moved.x0 > area.x0 {
        exposed.add(IRect::new(area.x0, moved.y0, moved.x0, moved.y1));
    }
    if moved.x1 < area.x1 {
        exposed.add(IRect::new(moved.x1, moved.y0, area.x1, moved.y1));
    }
    exposed
}

/// What the frame `new` must repaint over the pixels of the frame `old`, inside `viewport`.
///
/// Without a hint (or with one that does not hold) this is [`list_damage`]. With a
/// [`ScrollHint`] the old content commands are moved by the scroll before comparing, which is
/// what a [`Blit`] does to their pixels: rows that only moved cost nothing, rows that appeared
/// are in the exposed strip, and anything else in the area that did not move with the content
/// (a scroll bar, a sticky header, an overlay, a background that is not one flat fill) is
/// repainted where the blit moved its old pixels and where it is now.
///
/// ```
/// use arkui_renderer::damage::{ScrollHint, frame_damage};
/// use arkui_renderer::{Color, DisplayList, DrawCmd, IRect, Rect};
/// // A 100x100 list clipped to its box, rows 10 px tall; the new frame scrolled by 10 px.
/// let list = |offset: f32| {
///     let mut l = DisplayList::new();
///     l.push(DrawCmd::Rect { rect: Rect::new(0.0, 0.0, 100.0, 100.0), color: Color::WHITE });
///     l.push(DrawCmd::PushClip { rect: Rect::new(0.0, 0.0, 100.0, 100.0) });
///     for i in 0..12 {
///         let y = i as f32 * 10.0 - offset;
///         let color = if i % 2 == 0 { Color::RED } else { Color::BLUE };
///         l.push(DrawCmd::Rect { rect: Rect::new(0.0, y, 100.0, 10.0), color });
///     }
///     l.push(DrawCmd::PopClip);
///     l
/// };
/// let (old, new) = (list(0.0), list(10.0));
/// let hint = ScrollHint { old_range: 2..14, new_range: 2..14, dx: 0, dy: -10 };
/// let frame = frame_damage(&old, &new, IRect::from_size(100, 100), Some(&hint));
/// let blit = frame.blit.unwrap();
/// assert_eq!((blit.area, blit.dy), (IRect::from_size(100, 100), -10));
/// // Only the strip the shift exposed at the bottom is painted.
/// assert_eq!(frame.damage.rects(), &[IRect::new(0, 90, 100, 100)]);
/// ```
pub fn frame_damage(
    old: &DisplayList,
    new: &DisplayList,
    viewport: IRect,
    hint: Option<&ScrollHint>,
) -> FrameDamage {
    if let Some(frame) = hint.and_then(|h| blit_damage(old, new, viewport, h)) {
        return frame;
    }
    FrameDamage {
        damage: list_damage(old, new, viewport),
        blit: None,
    }
}

/// The largest corner radius.
fn largest(r: &CornerRadii) -> f32 {
    r.top_left
        .max(r.top_right)
        .max(r.bottom_left)
        .max(r.bottom_right)
}

/// The clip rectangle opening `range`, in device pixels, when it is a plain clip on whole
/// pixels with nothing (transform, layer, rounded clip) around it that a pixel move would
/// not respect. Also checks that `range` ends at the matching pop.
fn scroll_area(list: &DisplayList, range: &Range<usize>) -> Option<(IRect, f32)> {
    let open = range.start.checked_sub(1)?;
    let (rect, radius) = match list.commands.get(open)? {
        DrawCmd::PushClip { rect } => (*rect, 0.0),
        DrawCmd::PushRoundedClip { rect, radii } => (*rect, largest(radii)),
        _ => return None,
    };
    if !matches!(list.commands.get(range.end)?, DrawCmd::PopClip) {
        return None;
    }
    let whole = |v: f32| v.is_finite() && v.fract() == 0.0 && v.abs() < 1e7;
    if !(whole(rect.x) && whole(rect.y) && whole(rect.width) && whole(rect.height)) {
        return None;
    }
    // Nothing but plain clips may be open around the container.
    let mut depth = 0i32;
    for cmd in &list.commands[..open] {
        match cmd {
            DrawCmd::PushClip { .. } => depth += 1,
            DrawCmd::PopClip => depth -= 1,
            DrawCmd::PushRoundedClip { .. }
            | DrawCmd::PushPathClip { .. }
            | DrawCmd::PushLayer { .. }
            | DrawCmd::PushCompositeLayer { .. }
            | DrawCmd::PushTransform { .. } => depth += 1000,
            DrawCmd::PopLayer | DrawCmd::PopTransform => depth -= 1000,
            _ => {}
        }
    }
    if depth >= 1000 {
        return None;
    }
    let area = IRect::new(
        rect.x as i32,
        rect.y as i32,
        (rect.x + rect.width) as i32,
        (rect.y + rect.height) as i32,
    );
    Some((area, radius.max(0.0)))
}

/// Whether `e` paints the same pixels everywhere in `area` (a flat fill covering it), so a
/// pixel move inside `area` leaves it unchanged; for a rounded fill, how tall (or wide) its
/// corners are, which a move does not leave unchanged.
fn flat_cover(e: &Entry<'_>, area: IRect) -> Option<f32> {
    if !e.untransformed {
        return None;
    }
    let (rect, radius): (Rect, f32) = match e.cmd.as_ref() {
        DrawCmd::Rect { rect, .. } => (*rect, 0.0),
        DrawCmd::RoundedRect { rect, radii, .. } => (*rect, largest(radii)),
        _ => return None,
    };
    let covers = rect.x <= area.x0 as f32
        && rect.y <= area.y0 as f32
        && rect.right() >= area.x1 as f32
        && rect.bottom() >= area.y1 as f32;
    covers.then_some(radius)
}

/// Bands along the edges of `area` that corners of radius `r` touch, widened by the move.
fn corner_bands(area: IRect, r: f32, dx: i32, dy: i32, damage: &mut Damage) {
    if r <= 0.0 {
        return;
    }
    let (bx, by) = (r.ceil() as i32 + dx.abs(), r.ceil() as i32 + dy.abs());
    damage.add(IRect::new(area.x0, area.y0, area.x1, area.y0 + by).intersect(&area));
    damage.add(IRect::new(area.x0, area.y1 - by, area.x1, area.y1).intersect(&area));
    damage.add(IRect::new(area.x0, area.y0, area.x0 + bx, area.y1).intersect(&area));
    damage.add(IRect::new(area.x1 - bx, area.y0, area.x1, area.y1).intersect(&area));
}

fn blit_damage(
    old: &DisplayList,
    new: &DisplayList,
    viewport: IRect,
    hint: &ScrollHint,
) -> Option<FrameDamage> {
    let (dx, dy) = (hint.dx, hint.dy);
    let (old_area, old_radius) = scroll_area(old, &hint.old_range)?;
    let (new_area, new_radius) = scroll_area(new, &hint.new_range)?;
    if old_area != new_area || old_radius != new_radius || (dx == 0 && dy == 0) {
        return None;
    }
    let area = new_area.intersect(&viewport);
    if area.is_empty() || dx.unsigned_abs() >= area.width() || dy.unsigned_abs() >= area.height() {
        return None;
    }
    let shift = Shift {
        range: hint.old_range.clone(),
        dx,
        dy,
    };
    let (a, b) = (entries(old, Some(&shift)), entries(new, None));
    let mut damage = exposed_by_move(area, dx, dy);
    diff_entries(&a, &b, viewport, &mut damage);
    corner_bands(area, new_radius, dx, dy, &mut damage);
    // What is drawn in the area but does not scroll with the content had its old pixels
    // moved too: repaint where they went and where it is now.
    let outside = |e: &&Entry<'_>, range: &Range<usize>| {
        !range.contains(&e.index) && e.bounds.intersects(&area)
    };
    for e in a.iter().filter(|e| outside(e, &hint.old_range)) {
        match flat_cover(e, area) {
            Some(r) => corner_bands(area, r, dx, dy, &mut damage),
            None => {
                damage.add(e.bounds.intersect(&area));
                damage.add(e.bounds.translate(dx, dy).intersect(&area));
            }
        }
    }
    for e in b.iter().filter(|e| outside(e, &hint.new_range)) {
        if let Some(r) = flat_cover(e, area) {
            corner_bands(area, r, dx, dy, &mut damage);
        } else {
            damage.add(e.bounds.intersect(&area));
        }
    }
    let blit = Blit { area, dx, dy };
    let inside: u64 = damage
        .rects()
        .iter()
        .map(|r| r.intersect(&area).area())
        .sum();
    if inside as f64 > BLIT_WORTH * area.area() as f64 {
        return None;
    }
    Some(FrameDamage {
        damage,
        blit: Some(blit),
    })
}
