//! ArkUI's `NavigationTitleMode.Free`: the home title bar starts large (112 vp, the title
//! at 30 fp under the menu row) and collapses to the mini bar (56 vp, the title at 20 fp
//! beside the menus) as the home page's content is scrolled up, then grows back when the
//! content is pulled down at its top.
//!
//! The bar takes part in the content's drags as a nested-scroll parent (see
//! `nested_scroll`): towards the content's end the bar collapses first (`ParentFirst`),
//! towards its start the content scrolls back to its top first (`SelfFirst`). When the
//! finger lifts half-way the bar settles to the nearer state, or to the one a fling points
//! to, over 200 ms.

use std::cell::Cell;
use std::rc::{Rc, Weak};

use arkui_core::{
    CommonAttribute, FlexAlign, HorizontalAlign, Length, LengthExt, MediaEnv, NodeId, Positioning,
    Widget, pct, untrack,
};

use crate::containers::{Blank, Column, Row};
use crate::nested_scroll::{NestedParent, NestedScrollMode};
use crate::stack::Stack;
use crate::tween::Tween;

/// The large bar's height, vp.
const FULL: f32 = 112.0;
/// The mini bar's height (and the menu row's), vp.
const MINI: f32 = 56.0;
/// How far the bar collapses, vp.
const RANGE: f32 = FULL - MINI;
/// The title's size, large and mini, fp.
const FULL_FONT: f32 = 30.0;
const MINI_FONT: f32 = 20.0;
/// A release faster than this (px/s) settles the way it points.
const FLING: f32 = 300.0;
/// How long settling takes, ms.
const SETTLE_MS: f64 = 200.0;

/// The Free bar: its nodes and how far it is collapsed.
pub(crate) struct FreeTitle {
    bar: NodeId,
    title_box: NodeId,
    title: NodeId,
    density: f32,
    /// Collapsed by this many vp, 0..=RANGE.
    collapsed: Cell<f32>,
    /// The settle running, if any (a drag stops it).
    tween: Tween,
    this: Weak<FreeTitle>,
}

/// Build the Free bar around the app's `title` node, with `menus` in the top row.
pub(crate) fn free_title_bar(title: NodeId, menus: Row) -> Rc<FreeTitle> {
    let title_box = Column::new()
        .child(title)
        .justify_content(FlexAlign::Center)
        .align_items(HorizontalAlign::Start)
        .padding(arkui_core::Edges::symmetric(16.vp(), 0.vp()))
        .height(MINI.vp())
        .width(pct(100.0))
        .id("nav-title-box")
        .node();
    let top = Row::new()
        .child(Blank::new())
        .child(menus)
        .padding(arkui_core::Edges::symmetric(16.vp(), 0.vp()))
        .height(MINI.vp())
        .width(pct(100.0))
        .node();
    let bar = Stack::new()
        .width(pct(100.0))
        .clip(true)
        .id("nav-title-bar")
        .node();
    bar.set_layout(|l| l.stack_align = arkui_core::Alignment::TopStart);
    bar.append(title_box);
    bar.append(top);
    let density = MediaEnv::current()
        .map(|m| untrack(|| m.density()))
        .filter(|d| d.is_finite() && *d > 0.0)
        .unwrap_or(1.0);
    let free = Rc::new_cyclic(|this| FreeTitle {
        bar,
        title_box,
        title,
        density,
        collapsed: Cell::new(0.0),
        tween: Tween::default(),
        this: this.clone(),
    });
    free.apply(0.0);
    free
}

impl FreeTitle {
    /// The bar's node.
    pub(crate) fn node(&self) -> NodeId {
        self.bar
    }

    /// Show the bar collapsed by `c` vp.
    fn apply(&self, c: f32) {
        let c = c.clamp(0.0, RANGE);
        self.collapsed.set(c);
        let t = c / RANGE;
        self.bar.set_layout(|l| l.height = Length::Vp(FULL - c));
        self.title_box.set_layout(|l| {
            l.positioning = Positioning::Absolute {
                x: Length::Vp(0.0),
                y: Length::Vp(MINI - c),
            }
        });
        let size = FULL_FONT + (MINI_FONT - FULL_FONT) * t;
        self.title.set_text(|s| s.font_size = Length::Fp(size));
        self.bar
            .set_inspector_attr("titleCollapse", format!("{:.2}", t));
    }

    /// Ease from where the bar is to `target` vp over [`SETTLE_MS`].
    fn settle(&self, target: f32) {
        let from = self.collapsed.get();
        if (from - target).abs() < 0.01 {
            return;
        }
        let this = self.this.clone();
        self.tween.start(
            SETTLE_MS,
            move |k| {
                if let Some(me) = this.upgrade() {
                    me.apply(from + (target - from) * k);
                }
            },
            || {},
        );
    }
}

impl NestedParent for FreeTitle {
    fn mode(&self, delta: f32) -> Option<NestedScrollMode> {
        Some(if delta > 0.0 {
            NestedScrollMode::ParentFirst
        } else {
            NestedScrollMode::SelfFirst
        })
    }

    fn offer(&self, delta: f32) -> f32 {
        if !delta.is_finite() {
            return 0.0;
        }
        // A drag takes over from a settle in progress.
        self.tween.stop();
        let before = self.collapsed.get();
        self.apply(before + delta / self.density);
        (self.collapsed.get() - before) * self.density
    }

    fn release(&self, velocity: f32) {
        let c = self.collapsed.get();
        if c <= 0.0 || c >= RANGE {
            return;
        }
        let target = if velocity > FLING {
            RANGE
        } else if velocity < -FLING {
            0.0
        } else if c > RANGE / 2.0 {
            RANGE
        } else {
            0.0
        };
        self.settle(target);
    }
}
