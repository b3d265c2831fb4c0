//! The motion of a [`crate::Swiper`]: the drag that snaps, the settle animation and
//! autoplay on the frame clock, and the pass that places pages and indicator dots.

use arkui_core::{
    CommonAttribute, Gesture, Length, NodeId, NodeKind, PanDirection, Positioning, now_ms, pct,
    post_frame_callback, untrack,
};

use crate::swiper::{DOT_COLOR, DOT_SELECTED, DOT_VP, FLICK_VP_S, Inner, state};

pub(crate) fn install_pan(n: NodeId, vertical: bool) {
    let dir = if vertical {
        PanDirection::Vertical
    } else {
        PanDirection::Horizontal
    };
    let pan = Gesture::pan(dir)
        .on_action_start(move |_| {
            if let Some(s) = state(n) {
                let mut s = s.borrow_mut();
                s.generation += 1;
                s.settle = None;
                s.samples.clear();
            }
        })
        .on_action_update(move |e| {
            let Some(st) = state(n) else { return };
            {
                let mut s = st.borrow_mut();
                let travel = if s.vertical { e.offset_y } else { e.offset_x } * s.density;
                if !travel.is_finite() {
                    return;
                }
                s.samples.push((now_ms(), travel));
                let now = now_ms();
                s.samples.retain(|(t, _)| now - t <= 100.0);
                s.drag = -travel;
                s.last_change = now;
            }
            pass(n);
        })
        .on_action_end(move |_| release(n))
        .on_action_cancel(move || release(n));
    n.gesture(pan);
}

/// The finger lifted: snap to the nearest page, or the next one after a flick.
pub(crate) fn release(n: NodeId) {
    let Some(st) = state(n) else { return };
    let (target, total) = {
        let s = st.borrow();
        let page = page_len(&s);
        let velocity = match (s.samples.first(), s.samples.last()) {
            (Some(a), Some(b)) if b.0 > a.0 => -(b.1 - a.1) / ((b.0 - a.0) as f32 / 1000.0),
            _ => 0.0,
        };
        let flick = FLICK_VP_S * s.density;
        let step: i64 = if page > 0.0 && s.drag.abs() > page / 2.0 {
            if s.drag > 0.0 { 1 } else { -1 }
        } else if velocity.abs() > flick && s.drag.abs() > 1.0 {
            if velocity > 0.0 { 1 } else { -1 }
        } else {
            0
        };
        let total = total_pages(&s);
        let current = untrack(|| s.index.get()) as i64;
        (current + step, total)
    };
    go_to(n, target, total);
}

/// Turn to page `target` (wrapped with `loop`, clamped otherwise), animating from where the
/// pages are now.
pub(crate) fn go_to(n: NodeId, target: i64, total: usize) {
    let Some(st) = state(n) else { return };
    let mut s = st.borrow_mut();
    if total == 0 {
        s.drag = 0.0;
        return;
    }
    let page = page_len(&s);
    let current = untrack(|| s.index.get()) as i64;
    let clamped = if s.looping {
        target.rem_euclid(total as i64)
    } else {
        target.clamp(0, last_index(&s, total) as i64)
    };
    // Keep the pages where they are on screen: the new index's displacement absorbs the step
    // (a wrap with `loop` counts as one step, not a run back over every page).
    let step = if s.looping {
        target - current
    } else {
        clamped - current
    };
    s.drag -= step as f32 * page;
    s.generation += 1;
    let generation = s.generation;
    s.settle = Some((now_ms(), s.drag, s.duration));
    s.last_change = now_ms();
    let index = s.index;
    drop(s);
    if clamped as usize != untrack(|| index.get()) {
        index.set(clamped as usize);
    }
    post_frame_callback(move |t| settle(n, t, generation));
    pass(n);
}

pub(crate) fn settle(n: NodeId, now: f64, generation: u64) {
    let Some(st) = state(n) else { return };
    let more = {
        let mut s = st.borrow_mut();
        if s.generation != generation {
            return;
        }
        let Some((t0, from, ms)) = s.settle else {
            return;
        };
        let p = (((now - t0) as f32) / ms.max(1.0)).clamp(0.0, 1.0);
        let eased = 1.0 - (1.0 - p).powi(3);
        s.drag = from * (1.0 - eased);
        if p >= 1.0 {
            s.settle = None;
            s.drag = 0.0;
        }
        s.settle.is_some()
    };
    pass(n);
    if more {
        post_frame_callback(move |t| settle(n, t, generation));
    }
}

pub(crate) fn index_changed(n: NodeId, i: usize) {
    let Some(st) = state(n) else { return };
    let handler = {
        let mut s = st.borrow_mut();
        s.last_change = now_ms();
        if s.last_index == i {
            None
        } else {
            s.last_index = i;
            s.on_change.clone()
        }
    };
    pass(n);
    if let Some(f) = handler {
        f(i);
    }
}

/// One page's length along the axis: the swiper's, shared by the pages shown at once.
pub(crate) fn page_len(s: &Inner) -> f32 {
    let whole = if s.vertical { s.size.1 } else { s.size.0 };
    whole / s.display_count() as f32
}

/// The highest index: without `loop`, the one that shows the last page at the end.
pub(crate) fn last_index(s: &Inner, total: usize) -> usize {
    if s.looping {
        total.saturating_sub(1)
    } else {
        total.saturating_sub(s.display_count())
    }
}

pub(crate) fn total_pages(s: &Inner) -> usize {
    if s.window.is_connected() {
        s.window.total()
    } else {
        pages(s).len()
    }
}

/// The pages: a `LazyForEach`'s mounted rows, or the children (not the indicator).
pub(crate) fn pages(s: &Inner) -> Vec<(usize, NodeId)> {
    if s.window.is_connected() {
        return s
            .window
            .rows()
            .into_iter()
            .filter_map(|(i, row)| row.flattened_children().first().map(|n| (i, *n)))
            .collect();
    }
    let mut out = Vec::new();
    for c in s.node.children() {
        if Some(c) == s.dots {
            continue;
        }
        if c.is_fragment() {
            out.extend(c.flattened_children());
        } else {
            out.push(c);
        }
    }
    out.into_iter().enumerate().collect()
}

/// Place the pages and the dots.
pub(crate) fn pass(n: NodeId) {
    let Some(st) = state(n) else { return };
    let Some(rect) = n.rect() else { return };
    let clean = |v: f32| if v.is_finite() { v.max(0.0) } else { 0.0 };
    let (window, range, items, placements, dots) = {
        let mut s = st.borrow_mut();
        s.size = (clean(rect.width), clean(rect.height));
        let total = total_pages(&s);
        let shown = s.display_count();
        let index = untrack(|| s.index.get()).min(last_index(&s, total));
        let k = s.cached_count;
        let range = index.saturating_sub(k)..(index + shown + k).min(total);
        let page = page_len(&s);
        let items = pages(&s);
        // With `loop`, pages wrap around the middle of those shown.
        let centre = (shown as f32 - 1.0) / 2.0;
        let placements: Vec<(NodeId, f32)> = items
            .iter()
            .map(|(i, node)| {
                let mut d = *i as f32 - index as f32 - centre;
                if s.looping && total > 2 {
                    let half = total as f32 / 2.0;
                    if d > half {
                        d -= total as f32;
                    } else if d < -half {
                        d += total as f32;
                    }
                }
                (*node, (d + centre) * page - s.drag)
            })
            .collect();
        // A dot per index a turn can reach.
        let positions = last_index(&s, total) + 1;
        let dots = dot_plan(&mut s, positions.min(total), index);
        (s.window, range, items, placements, dots)
    };
    if window.is_connected() {
        window.set_range(range);
    }
    let vertical = st.borrow().vertical;
    let px = |v: f32| Length::Px(if v.is_finite() { v.round() } else { 0.0 });
    // Without a height of its own the swiper is as tall as its tallest page's content.
    let auto = n
        .layout_attrs()
        .is_some_and(|a| if vertical { a.width } else { a.height } == Length::Auto);
    let tallest = items
        .iter()
        .filter_map(|(_, p)| p.rect())
        .map(|r| if vertical { r.width } else { r.height })
        .fold(0.0f32, f32::max);
    if auto {
        n.set_layout(|a| {
            if vertical {
                a.min_width = px(tallest);
            } else {
                a.min_height = px(tallest);
            }
        });
    }
    let share = pct(100.0 / st.borrow().display_count() as f32);
    for (node, at) in placements {
        node.set_layout(|a| {
            a.positioning = if vertical {
                Positioning::Absolute {
                    x: px(0.0),
                    y: px(at),
                }
            } else {
                Positioning::Absolute {
                    x: px(at),
                    y: px(0.0),
                }
            };
            if vertical {
                a.height = share;
                if !auto {
                    a.width = pct(100.0);
                }
            } else {
                a.width = share;
                if !auto {
                    a.height = pct(100.0);
                }
            }
        });
    }
    if let Some((holder, nodes, selected, size)) = dots {
        let d = st.borrow().density;
        for (i, dot) in nodes.iter().enumerate() {
            let on = i == selected;
            dot.set_layout(|a| {
                a.width = Length::Vp(if on { DOT_VP * 2.0 } else { DOT_VP });
                a.height = Length::Vp(DOT_VP);
                a.visibility = arkui_core::Visibility::Visible;
            });
            dot.set_visual(|v| {
                v.background_color = if on { DOT_SELECTED } else { DOT_COLOR };
                v.border_radius = [Length::Vp(DOT_VP / 2.0); 4];
            });
        }
        let count = nodes.len() as f32;
        let width = (count * DOT_VP + DOT_VP + (count - 1.0).max(0.0) * 8.0) * d;
        holder.set_layout(|a| {
            a.positioning = Positioning::Absolute {
                x: px((size.0 - width) / 2.0),
                y: px(size.1 - 20.0 * d),
            };
        });
    }
}

/// The dot nodes for `total` pages (created on demand, extra ones hidden).
type DotPlan = Option<(NodeId, Vec<NodeId>, usize, (f32, f32))>;

pub(crate) fn dot_plan(s: &mut Inner, total: usize, index: usize) -> DotPlan {
    let holder = s.dots?;
    let shown = if s.indicator { total.min(32) } else { 0 };
    while s.dot_pool.len() < shown {
        let dot = NodeId::create("SwiperDot", NodeKind::Leaf);
        holder.append(dot);
        s.dot_pool.push(dot);
    }
    for dot in &s.dot_pool[shown..] {
        dot.set_layout(|a| a.visibility = arkui_core::Visibility::None);
    }
    Some((holder, s.dot_pool[..shown].to_vec(), index, s.size))
}

/// Autoplay: turn the page every `interval` ms while nobody drags.
pub(crate) fn autoplay_tick(n: NodeId, now: f64) {
    let Some(st) = state(n) else { return };
    if !n.is_alive() {
        return;
    }
    let due = {
        let mut s = st.borrow_mut();
        if !s.autoplay {
            s.autoplay_running = false;
            return;
        }
        let dragging = !s.samples.is_empty() && s.settle.is_none() && s.drag != 0.0;
        !dragging && now - s.last_change >= s.interval
    };
    if due {
        let (current, total) = {
            let s = st.borrow();
            (untrack(|| s.index.get()) as i64, total_pages(&s))
        };
        let (looping, last) = {
            let s = st.borrow();
            (s.looping, last_index(&s, total))
        };
        if looping || (current as usize) < last {
            go_to(n, current + 1, total);
        } else {
            go_to(n, 0, total);
        }
    }
    post_frame_callback(move |t| autoplay_tick(n, t));
}
