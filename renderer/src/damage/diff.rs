//! [`list_damage`]: the damage between two frames' display lists, found by aligning their
//! commands; and the entry walk [`super::frame`] reuses to account for a scroll blit.

use std::borrow::Cow;
use std::hash::{Hash, Hasher};

use rustc_hash::FxHasher;
use std::ops::Range;

use super::Damage;
use crate::{DisplayList, DrawCmd, IRect, PathVerb, Rect, Transform};

/// How far ahead a mismatch looks for the lists to line up again.
const LOOKAHEAD: usize = 16;

/// One drawing command with where it lands and under which state (clips, layers, transforms).
pub(super) struct Entry<'a> {
    pub(super) cmd: Cow<'a, DrawCmd>,
    /// Device bounds, clipped by the clips around the command.
    pub(super) bounds: IRect,
    /// Hash of the clips, layers and transforms around the command.
    state: u64,
    /// Index of the command in its list.
    pub(super) index: usize,
    /// No transform is active: `cmd`'s coordinates are device pixels.
    pub(super) untransformed: bool,
}

/// Commands of one list to move by whole pixels before they are compared: what a scroll blit
/// does to the pixels they drew.
#[derive(Clone, Debug)]
pub(super) struct Shift {
    pub(super) range: Range<usize>,
    pub(super) dx: i32,
    pub(super) dy: i32,
}

fn bits(h: &mut FxHasher, values: &[f32]) {
    for v in values {
        v.to_bits().hash(h);
    }
}

fn rect_bits(h: &mut FxHasher, r: &Rect) {
    bits(h, &[r.x, r.y, r.width, r.height]);
}

/// The drawing commands of `list` with their device bounds and state. Commands inside
/// `shift.range` are first moved by `(dx, dy)`; a transform pushed there is moved instead of
/// what it contains.
pub(super) fn entries<'a>(list: &'a DisplayList, shift: Option<&Shift>) -> Vec<Entry<'a>> {
    let mut out = Vec::new();
    // Stacks of (state hash, transform, clip bounds, growth) per push.
    let mut states: Vec<(u64, Transform, IRect, f32)> = Vec::new();
    // How far beyond its own bounds a command's pixels may change: a composite layer's
    // shadow spreads them, a copy layer replaces everything in its clip.
    let mut grow = 0.0f32;
    let mut state = 0u64;
    let mut t = Transform::IDENTITY;
    let mut clip = IRect::new(i32::MIN / 2, i32::MIN / 2, i32::MAX / 2, i32::MAX / 2);
    let mut transforms = 0usize;
    // Transform depth inside the shifted range: only depth 0 is moved directly.
    let mut shifted_depth = 0usize;
    for (index, cmd) in list.commands.iter().enumerate() {
        let moved = shift.filter(|s| s.range.contains(&index));
        let cmd: Cow<'a, DrawCmd> = match (moved, cmd) {
            (Some(s), DrawCmd::PushTransform { transform }) if shifted_depth == 0 => {
                shifted_depth += 1;
                Cow::Owned(DrawCmd::PushTransform {
                    transform: transform.then(&Transform::translate(s.dx as f32, s.dy as f32)),
                })
            }
            (Some(_), DrawCmd::PushTransform { .. }) => {
                shifted_depth += 1;
                Cow::Borrowed(cmd)
            }
            (Some(_), DrawCmd::PopTransform) => {
                shifted_depth = shifted_depth.saturating_sub(1);
                Cow::Borrowed(cmd)
            }
            (Some(s), _) if shifted_depth == 0 => {
                Cow::Owned(cmd.translated(s.dx as f32, s.dy as f32))
            }
            _ => Cow::Borrowed(cmd),
        };
        let mut h = FxHasher::default();
        state.hash(&mut h);
        match cmd.as_ref() {
            DrawCmd::PushClip { rect } | DrawCmd::PushRoundedClip { rect, .. } => {
                states.push((state, t, clip, grow));
                rect_bits(&mut h, rect);
                if let DrawCmd::PushRoundedClip { radii, .. } = cmd.as_ref() {
                    bits(
                        &mut h,
                        &[
                            radii.top_left,
                            radii.top_right,
                            radii.bottom_right,
                            radii.bottom_left,
                        ],
                    );
                }
                clip = clip.intersect(&t.map_rect_bounds(*rect).inflate(1.0).to_irect_covering());
                state = h.finish();
            }
            DrawCmd::PushPathClip { path, rule } => {
                states.push((state, t, clip, grow));
                for v in path.verbs() {
                    match v {
                        PathVerb::MoveTo(a) | PathVerb::LineTo(a) => bits(&mut h, &[a.x, a.y]),
                        PathVerb::QuadTo(a, b) => bits(&mut h, &[a.x, a.y, b.x, b.y]),
                        PathVerb::CubicTo(a, b, c) => {
                            bits(&mut h, &[a.x, a.y, b.x, b.y, c.x, c.y]);
                        }
                        PathVerb::Close => bits(&mut h, &[f32::NAN]),
                    }
                }
                (*rule as u8).hash(&mut h);
                if let Some(b) = path.bounds() {
                    clip = clip.intersect(&t.map_rect_bounds(b).inflate(1.0).to_irect_covering());
                }
                state = h.finish();
            }
            DrawCmd::PushLayer { opacity, bounds } => {
                states.push((state, t, clip, grow));
                bits(&mut h, &[*opacity]);
                if let Some(b) = bounds {
                    rect_bits(&mut h, b);
                }
                state = h.finish();
            }
            DrawCmd::PushCompositeLayer {
                mode,
                shadow,
                bounds,
                blur,
            } => {
                states.push((state, t, clip, grow));
                (*mode as u8).hash(&mut h);
                bits(&mut h, &[*blur]);
                if blur.is_finite() && *blur > 0.0 {
                    grow += blur * 3.0 * t.max_scale().max(1.0) + 1.0;
                }
                if let Some(sh) = shadow {
                    bits(&mut h, &[sh.blur, sh.offset.x, sh.offset.y]);
                    sh.color.hash(&mut h);
                    let spread = if sh.blur.is_finite() {
                        sh.blur.abs() * 1.5
                    } else {
                        0.0
                    };
                    let shift = sh.offset.x.abs().max(sh.offset.y.abs());
                    grow += (spread + if shift.is_finite() { shift } else { 0.0 })
                        * t.max_scale().max(1.0)
                        + 1.0;
                }
                if matches!(
                    mode,
                    crate::CompositeMode::Copy | crate::CompositeMode::SourceIn
                ) {
                    grow = 1.0e7;
                }
                if let Some(b) = bounds {
                    rect_bits(&mut h, b);
                    clip = clip.intersect(&t.map_rect_bounds(*b).inflate(1.0).to_irect_covering());
                }
                state = h.finish();
            }
            DrawCmd::PushAntiAlias { on } => {
                states.push((state, t, clip, grow));
                on.hash(&mut h);
                state = h.finish();
            }
            DrawCmd::PushTransform { transform } => {
                states.push((state, t, clip, grow));
                t = transform.then(&t);
                transforms += 1;
                bits(&mut h, &[t.xx, t.yx, t.xy, t.yy, t.tx, t.ty]);
                state = h.finish();
            }
            DrawCmd::PopClip
            | DrawCmd::PopLayer
            | DrawCmd::PopTransform
            | DrawCmd::PopAntiAlias => {
                if matches!(cmd.as_ref(), DrawCmd::PopTransform) {
                    transforms = transforms.saturating_sub(1);
                }
                if let Some((s, tt, c, g)) = states.pop() {
                    (state, t, clip, grow) = (s, tt, c, g);
                }
            }
            drawing => {
                let Some(local) = drawing.local_bounds() else {
                    continue;
                };
                let bounds = t
                    .map_rect_bounds(local)
                    .inflate(1.0 + grow.min(1.0e7))
                    .to_irect_covering()
                    .intersect(&clip);
                out.push(Entry {
                    cmd,
                    bounds,
                    state,
                    index,
                    untransformed: transforms == 0,
                });
            }
        }
    }
    out
}

fn same(a: &Entry<'_>, b: &Entry<'_>) -> bool {
    a.bounds == b.bounds && a.state == b.state && a.cmd == b.cmd
}

/// Add to `damage` the bounds (inside `viewport`) of every entry that differs between `a`
/// and `b`, before and after.
pub(super) fn diff_entries(a: &[Entry<'_>], b: &[Entry<'_>], viewport: IRect, damage: &mut Damage) {
    let prefix = a.iter().zip(b).take_while(|(x, y)| same(x, y)).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| same(x, y))
        .count();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut add = |r: IRect| damage.add(r.intersect(&viewport));
    // Walk both middles together; on a mismatch look a few commands ahead for a re-sync
    // (an inserted or removed node), else count the pair as changed.
    let (mut i, mut j) = (0, 0);
    while i < ma.len() && j < mb.len() {
        if same(&ma[i], &mb[j]) {
            i += 1;
            j += 1;
            continue;
        }
        let ahead_b = (1..=LOOKAHEAD).find(|k| mb.get(j + k).is_some_and(|y| same(&ma[i], y)));
        let ahead_a = (1..=LOOKAHEAD).find(|k| ma.get(i + k).is_some_and(|x| same(x, &mb[j])));
        match (ahead_b, ahead_a) {
            (Some(k), _) => {
                mb[j..j + k].iter().for_each(|e| add(e.bounds));
                j += k;
            }
            (None, Some(k)) => {
                ma[i..i + k].iter().for_each(|e| add(e.bounds));
                i += k;
            }
            (None, None) => {
                add(ma[i].bounds);
                add(mb[j].bounds);
                i += 1;
                j += 1;
            }
        }
    }
    ma[i..].iter().chain(&mb[j..]).for_each(|e| add(e.bounds));
}

/// What changed between `old` and `new`, as rectangles inside `viewport`: the device bounds
/// of every drawing command that differs (in value, position, or the clips, layers and
/// transforms around it), before and after. The lists are aligned command by command,
/// re-synchronising after a few inserted or removed commands, so one changed command damages
/// only its own bounds. Identical lists give an empty damage: nothing to draw.
///
/// ```
/// use arkui_renderer::damage::list_damage;
/// use arkui_renderer::{Color, DisplayList, DrawCmd, IRect, Rect};
/// let mut old = DisplayList::new();
/// old.push(DrawCmd::Rect { rect: Rect::new(0.0, 0.0, 100.0, 100.0), color: Color::WHITE });
/// old.push(DrawCmd::Rect { rect: Rect::new(10.0, 10.0, 8.0, 8.0), color: Color::RED });
/// let mut new = old.clone();
/// new.commands[1] = DrawCmd::Rect { rect: Rect::new(10.0, 10.0, 8.0, 8.0), color: Color::BLUE };
/// let d = list_damage(&old, &new, IRect::from_size(100, 100));
/// assert_eq!(d.rects(), &[IRect::new(9, 9, 19, 19)]);
/// assert!(list_damage(&old, &old, IRect::from_size(100, 100)).is_empty());
/// ```
pub fn list_damage(old: &DisplayList, new: &DisplayList, viewport: IRect) -> Damage {
    let (a, b) = (entries(old, None), entries(new, None));
    let mut damage = Damage::new();
    // A layer or clip whose state changed while its contents did not is caught too: the
    // state hash is part of every entry inside it.
    diff_entries(&a, &b, viewport, &mut damage);
    damage
}
