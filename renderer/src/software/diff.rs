//! [`list_damage`]: the damage between two frames' display lists, for a caller that has no
//! per-node damage tracking of its own.

use std::hash::{DefaultHasher, Hash, Hasher};

use super::damage::Damage;
use crate::{DisplayList, DrawCmd, IRect, Rect, Transform};

/// How far ahead a mismatch looks for the lists to line up again.
const LOOKAHEAD: usize = 16;

/// One drawing command with where it lands and under which state (clips, layers, transforms).
struct Entry<'a> {
    cmd: &'a DrawCmd,
    bounds: IRect,
    state: u64,
}

fn bits(h: &mut DefaultHasher, values: &[f32]) {
    for v in values {
        v.to_bits().hash(h);
    }
}

fn rect_bits(h: &mut DefaultHasher, r: &Rect) {
    bits(h, &[r.x, r.y, r.width, r.height]);
}

fn entries(list: &DisplayList) -> Vec<Entry<'_>> {
    let mut out = Vec::new();
    // Stacks of (state hash, transform, clip bounds) per push.
    let mut states: Vec<(u64, Transform, IRect)> = Vec::new();
    let mut state = 0u64;
    let mut t = Transform::IDENTITY;
    let mut clip = IRect::new(i32::MIN / 2, i32::MIN / 2, i32::MAX / 2, i32::MAX / 2);
    for cmd in &list.commands {
        let mut h = DefaultHasher::new();
        state.hash(&mut h);
        match cmd {
            DrawCmd::PushClip { rect } | DrawCmd::PushRoundedClip { rect, .. } => {
                states.push((state, t, clip));
                rect_bits(&mut h, rect);
                if let DrawCmd::PushRoundedClip { radii, .. } = cmd {
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
            DrawCmd::PushLayer { opacity, bounds } => {
                states.push((state, t, clip));
                bits(&mut h, &[*opacity]);
                if let Some(b) = bounds {
                    rect_bits(&mut h, b);
                }
                state = h.finish();
            }
            DrawCmd::PushTransform { transform } => {
                states.push((state, t, clip));
                t = transform.then(&t);
                bits(&mut h, &[t.xx, t.yx, t.xy, t.yy, t.tx, t.ty]);
                state = h.finish();
            }
            DrawCmd::PopClip | DrawCmd::PopLayer | DrawCmd::PopTransform => {
                if let Some((s, tt, c)) = states.pop() {
                    (state, t, clip) = (s, tt, c);
                }
            }
            _ => {
                let Some(local) = cmd.local_bounds() else {
                    continue;
                };
                let bounds = t
                    .map_rect_bounds(local)
                    .inflate(1.0)
                    .to_irect_covering()
                    .intersect(&clip);
                out.push(Entry { cmd, bounds, state });
            }
        }
    }
    out
}

fn same(a: &Entry<'_>, b: &Entry<'_>) -> bool {
    a.bounds == b.bounds && a.state == b.state && a.cmd == b.cmd
}

/// What changed between `old` and `new`, as rectangles inside `viewport`: the device bounds
/// of every drawing command that differs (in value, position, or the clips, layers and
/// transforms around it), before and after. The lists are aligned command by command,
/// re-synchronising after a few inserted or removed commands, so one changed command damages
/// only its own bounds. Identical lists give an empty damage: nothing to draw.
///
/// ```
/// use arkui_renderer::software::list_damage;
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
    let (a, b) = (entries(old), entries(new));
    let mut damage = Damage::new();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| same(x, y)).count();
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
    // A layer or clip whose state changed while its contents did not is caught above:
    // the state hash is part of every entry inside it.
    damage
}
