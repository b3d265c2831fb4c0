//! [`update`]: a frame that patches the retained display list. Only the nodes whose paint
//! inputs changed are recorded again, each into its own span of the list, and the frame's
//! damage is those nodes' old and new drawn bounds; nothing else is walked or compared.
//!
//! It declines (and the app records everything, diffing against the previous list) when
//! the tree's structure changed, when a changed node's wrappers (transform, layer, clip)
//! changed, or when a changed node was not in the last recording.

use arkui_renderer::damage::Damage;
use arkui_renderer::text::FontContext;
use arkui_renderer::{DisplayList, DrawCmd, IRect, Transform};

use super::fragment::Fragment;
use super::record::{ClipSpan, is_drawn, own_opacity, paint_own, wrapper_key};
use crate::Units;
use crate::tree::{NodeId, NodeKind, NodeTree};

/// The retained list of an app and what indexes it.
pub(crate) struct RetainedFrame<'a> {
    pub(crate) list: &'a mut DisplayList,
    pub(crate) spans: &'a mut Vec<ClipSpan>,
    pub(crate) starts: &'a mut Vec<u32>,
    pub(crate) generation: u64,
}

/// More changed nodes than this in one frame: recording everything and diffing costs less
/// than patching node by node (a scroll moves every row; its blit comes from the diff).
pub(crate) const MAX_PATCHED_NODES: usize = 48;

struct Patch {
    id: NodeId,
    fragment: Fragment,
    opacity: f32,
}

/// Patch `frame` for `dirty` (nodes of this app whose paint inputs changed), returning the
/// damage; `None` when it cannot, and then nothing was changed.
pub(crate) fn update(
    tree: &mut NodeTree,
    dirty: &[NodeId],
    units: &Units,
    fonts: &mut FontContext,
    frame: &mut RetainedFrame<'_>,
    viewport: IRect,
) -> Option<Damage> {
    if dirty.len() > MAX_PATCHED_NODES || scrolled(tree, dirty, frame) {
        return None;
    }
    let mut patches = Vec::with_capacity(dirty.len());
    for &id in dirty {
        let Some(node) = tree.nodes.get(id) else {
            // Freed: its parent's structure changed, which records everything anyway.
            continue;
        };
        let current = node
            .fragment
            .as_deref()
            .filter(|f| f.generation == frame.generation);
        match current {
            Some(f) => {
                if !is_drawn(node) || wrapper_key(node, units) != f.key {
                    return None;
                }
                // Checked before anything is changed: a later patch (an earlier slot) never
                // moves an earlier-checked span, as patches run from the end backwards.
                let in_list = frame.starts.get(f.slot as usize).is_some_and(|&start| {
                    start as usize + f.len as usize <= frame.list.commands.len()
                });
                if !in_list {
                    debug_assert!(false, "a fragment outside its retained list");
                    return None;
                }
                patches.push(Patch {
                    id,
                    fragment: f.clone(),
                    opacity: own_opacity(node, f.inherited),
                });
            }
            // Not drawn before and not drawn now (hidden, under a hidden parent, a span or
            // a fragment): nothing to patch.
            None if !is_drawn(node) || node.kind == NodeKind::Fragment => {}
            None => return None,
        }
    }
    // From the end of the list backwards: a patch that changes its length shifts only what
    // comes after it, which is already done.
    patches.sort_by_key(|p| std::cmp::Reverse(p.fragment.slot));
    patches.dedup_by_key(|p| p.fragment.slot);
    let mut damage = Damage::new();
    let mut fresh = DisplayList::new();
    for p in patches {
        let f = &p.fragment;
        let start = frame.starts[f.slot as usize] as usize;
        let old_end = start + f.len as usize;
        fresh.commands.clear();
        paint_own(tree, p.id, units, fonts, p.opacity, &mut fresh);
        let old = &frame.list.commands[start..old_end];
        if old != fresh.commands.as_slice() {
            add_bounds(&mut damage, old, f, viewport);
            add_bounds(&mut damage, &fresh.commands, f, viewport);
        }
        let new_len = fresh.commands.len();
        frame
            .list
            .commands
            .splice(start..old_end, fresh.commands.drain(..));
        if new_len != f.len as usize {
            shift(
                frame,
                f.slot as usize,
                old_end,
                new_len as i64 - f.len as i64,
            );
        }
        if let Some(node) = tree.nodes.get_mut(p.id) {
            if let Some(kept) = node.fragment.as_deref_mut() {
                kept.len = new_len as u32;
            }
            let rect = node.rect;
            // A clipping parent remembers where its children were, for the next scroll.
            for span in frame.spans.iter_mut() {
                if let Some(child) = span.children.iter_mut().find(|(c, _)| *c == p.id) {
                    child.1 = rect;
                }
            }
        }
    }
    Some(damage)
}

/// Below this many pixels a clipping box is not worth a blit (a toggle's track).
const MIN_BLIT_AREA: f32 = 4096.0;

/// Whether `dirty` holds a scroll: children of a clipping node that moved by whole pixels
/// without resizing, over at least a quarter of its box (a Swiper dragged, a List scrolled
/// within its cached rows). Such a frame is recorded and diffed, which turns the move into
/// a blit of the pixels already drawn; a patch would repaint where they were and are.
fn scrolled(tree: &NodeTree, dirty: &[NodeId], frame: &RetainedFrame<'_>) -> bool {
    if frame.spans.is_empty() {
        return false;
    }
    let whole = |v: f32| v != 0.0 && v.is_finite() && v.fract() == 0.0;
    let mut moved = vec![0.0f32; frame.spans.len()];
    for &id in dirty {
        let Some(now) = tree.nodes.get(id).map(|n| n.rect) else {
            continue;
        };
        for (i, span) in frame.spans.iter().enumerate() {
            let Some((_, was)) = span.children.iter().find(|(c, _)| *c == id) else {
                continue;
            };
            let (dx, dy) = (now.x - was.x, now.y - was.y);
            if was.width == now.width && was.height == now.height && (whole(dx) || whole(dy)) {
                moved[i] += now.width.max(0.0) * now.height.max(0.0);
            }
        }
    }
    frame.spans.iter().zip(moved).any(|(span, area)| {
        let clip = span
            .range
            .start
            .checked_sub(1)
            .and_then(|i| frame.list.commands.get(i))
            .and_then(|c| match c {
                DrawCmd::PushClip { rect } | DrawCmd::PushRoundedClip { rect, .. } => Some(*rect),
                _ => None,
            });
        clip.is_some_and(|r| {
            let box_area = r.width.max(0.0) * r.height.max(0.0);
            box_area >= MIN_BLIT_AREA && area >= box_area / 4.0
        })
    })
}

/// Move what follows a patched node by `delta` commands: later nodes' starts, and the clip
/// spans after or around it.
fn shift(frame: &mut RetainedFrame<'_>, slot: usize, old_end: usize, delta: i64) {
    let moved = |v: usize| (v as i64 + delta).max(0) as usize;
    for s in frame.starts.iter_mut().skip(slot + 1) {
        *s = moved(*s as usize) as u32;
    }
    for span in frame.spans.iter_mut() {
        if span.range.start >= old_end {
            span.range.start = moved(span.range.start);
        }
        if span.range.end >= old_end {
            span.range.end = moved(span.range.end);
        }
    }
}

/// Add where `cmds` (one node's own commands) land on screen: through the node's device
/// transform and any transforms its painter pushed, cut by its ancestors' clips.
fn add_bounds(damage: &mut Damage, cmds: &[DrawCmd], f: &Fragment, viewport: IRect) {
    let mut transforms = vec![f.transform];
    let clip = f.clip.intersect(&viewport);
    for cmd in cmds {
        match cmd {
            DrawCmd::PushTransform { transform } => {
                let outer = transforms.last().copied().unwrap_or(Transform::IDENTITY);
                transforms.push(transform.then(&outer));
            }
            DrawCmd::PopTransform => {
                if transforms.len() > 1 {
                    transforms.pop();
                }
            }
            drawing => {
                let Some(local) = drawing.local_bounds() else {
                    continue;
                };
                let t = transforms.last().copied().unwrap_or(Transform::IDENTITY);
                let r = t.map_rect_bounds(local).inflate(1.0).to_irect_covering();
                damage.add(r.intersect(&clip));
            }
        }
    }
}
