//! `Stepper` and `StepperItem`: a guided sequence of pages with Back and Next buttons,
//! ArkUI's `Stepper`. Only the current item is shown; the bar under it reads the current
//! item's labels and state.

use std::rc::Rc;

use arkui_core::{
    CommonAttribute, Edges, Effect, Element, FlexAlign, FlexDirection, ItemAlign, LengthExt,
    NodeId, NodeKind, State, Visibility, Widget, pct, untrack,
};

use crate::LoadingProgress;
use crate::text::Text;
use crate::theme::ThemedColor;

/// The bar's height under the items, vp.
const BAR_VP: f32 = 48.0;

/// What the Next button of a [`StepperItem`] does, ArkUI's `ItemState`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ItemState {
    /// Next works (on the last item it finishes).
    #[default]
    Normal,
    /// Next is greyed and does nothing.
    Disabled,
    /// Next is replaced by a progress indicator.
    Waiting,
    /// Next reads "Skip" and calls `on_skip`.
    Skip,
}

/// One page's settings, kept on its node for the Stepper to read.
#[derive(Clone, Debug, Default, PartialEq)]
struct ItemSettings {
    prev_label: Option<String>,
    next_label: Option<String>,
    status: ItemState,
}

/// One page of a [`Stepper`], ArkUI's `StepperItem`: one child, the page's content, as
/// large as the stepper less its bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepperItem(NodeId);

impl Widget for StepperItem {
    fn node(self) -> NodeId {
        self.0
    }
}

impl Element<()> for StepperItem {
    fn create(_: ()) -> StepperItem {
        let n = NodeId::create("StepperItem", NodeKind::Stack);
        n.set_layout(|a| {
            a.width = pct(100.0);
            a.height = pct(100.0);
        });
        n.set_extension(ItemSettings::default());
        StepperItem(n)
    }

    fn update(self, _: ()) {}
}

impl Default for StepperItem {
    fn default() -> Self {
        StepperItem::new()
    }
}

impl StepperItem {
    /// An empty page.
    pub fn new() -> StepperItem {
        StepperItem::create(())
    }

    /// Append the page's content.
    pub fn child(self, child: impl arkui_core::View) -> Self {
        self.0.append(child.into_node());
        self
    }

    fn set(self, f: impl FnOnce(&mut ItemSettings)) -> Self {
        let mut s = self.0.extension::<ItemSettings>().unwrap_or_default();
        f(&mut s);
        self.0
            .set_inspector_attr("status", format!("ItemState.{:?}", s.status));
        self.0.set_extension(s);
        refresh_stepper_of(self.0);
        self
    }

    /// `prevLabel`: the Back button's text (default "Back"; the first page has none).
    pub fn prev_label(self, label: impl Into<String>) -> Self {
        let label = label.into();
        self.set(|s| s.prev_label = Some(label))
    }

    /// `nextLabel`: the Next button's text (default "Next", "Start" on the last page).
    pub fn next_label(self, label: impl Into<String>) -> Self {
        let label = label.into();
        self.set(|s| s.next_label = Some(label))
    }

    /// `status`: what Next does on this page (default [`ItemState::Normal`]).
    pub fn status(self, status: ItemState) -> Self {
        self.set(|s| s.status = status)
    }
}

type Callback = State<Option<Rc<dyn Fn()>>>;
type IndexCallback = State<Option<Rc<dyn Fn(usize, usize)>>>;

/// The stepper's state, kept on its node so an item's change can refresh it.
#[derive(Clone, Copy)]
struct Refresh(State<u32>);

/// A guided sequence of [`StepperItem`] pages, ArkUI's `Stepper`: the current page fills
/// it above a 48 vp bar holding "‹ Back" (not on the first page) and "Next ›" ("Start" on
/// the last, "Skip" for a skippable page, a spinner while it waits, greyed when disabled).
/// Next moves on (`on_next`, `on_change`) or, on the last page, calls `on_finish`; Back
/// goes back (`on_previous`, `on_change`).
///
/// ```
/// use std::{cell::RefCell, rc::Rc};
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Stepper, StepperItem, Text};
/// let log = Rc::new(RefCell::new(Vec::new()));
/// let (l1, l2) = (log.clone(), log.clone());
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     Stepper::new(0)
///         .on_change(move |from, to| l1.borrow_mut().push(format!("{from}->{to}")))
///         .on_finish(move || l2.borrow_mut().push("finish".into()))
///         .child(StepperItem::new().child(Text::new("Account")))
///         .child(StepperItem::new().child(Text::new("Confirm")))
///         .id("s")
/// });
/// app.click_id("s-next").unwrap();
/// assert_eq!(app.inspector_by_id("s-next-label").unwrap()["$attrs"]["content"], "Start");
/// app.click_id("s-next").unwrap();
/// app.click_id("s-prev").unwrap();
/// assert_eq!(*log.borrow(), ["0->1", "finish", "1->0"]);
/// ```
#[derive(Clone, Copy)]
pub struct Stepper {
    node: NodeId,
    content: NodeId,
    prev: NodeId,
    prev_label: NodeId,
    next: NodeId,
    next_label: NodeId,
    waiting: NodeId,
    index: State<usize>,
    refresh: State<u32>,
    on_finish: Callback,
    on_skip: Callback,
    on_change: IndexCallback,
    on_next: IndexCallback,
    on_previous: IndexCallback,
}

impl std::fmt::Debug for Stepper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stepper")
            .field("node", &self.node)
            .finish_non_exhaustive()
    }
}

impl Widget for Stepper {
    fn node(self) -> NodeId {
        self.node
    }

    fn set_children(self, build: Box<dyn FnOnce(NodeId)>) {
        build(self.content);
        self.refresh.set(untrack(|| self.refresh.get()) + 1);
    }
}

impl Element<(usize,)> for Stepper {
    fn create((index,): (usize,)) -> Stepper {
        Stepper::new(index)
    }

    fn update(self, (index,): (usize,)) {
        self.index.set(index);
    }
}

/// Bump the stepper an item belongs to, so its bar reads the item again.
fn refresh_stepper_of(item: NodeId) {
    let stepper = item.parent().and_then(NodeId::parent);
    if let Some(Refresh(r)) = stepper.and_then(|s| s.extension::<Refresh>()) {
        r.set(untrack(|| r.get()) + 1);
    }
}

/// A text button of the bar: its node and its label's node.
fn bar_button(arrow_first: bool, arrow: &str) -> (NodeId, NodeId) {
    let b = NodeId::create("StepperButton", NodeKind::Flex);
    b.set_layout(|a| {
        a.direction = FlexDirection::Row;
        a.align_items = ItemAlign::Center;
        a.padding = Edges::symmetric(12.vp(), 0.vp());
        a.space = 4.vp();
    });
    let label = Text::new("").font_size(16.fp()).node();
    let arrow = Text::new(arrow).font_size(16.fp()).node();
    if arrow_first {
        b.append(arrow);
        b.append(label);
    } else {
        b.append(label);
        b.append(arrow);
    }
    (b.height(pct(100.0)).border_radius(8.vp()), label)
}

impl Stepper {
    /// A stepper showing page `index`.
    pub fn new(index: usize) -> Stepper {
        let node = NodeId::create("Stepper", NodeKind::Flex);
        node.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.width = pct(100.0);
            a.height = pct(100.0);
        });
        let content = NodeId::create("StepperContent", NodeKind::Stack);
        content.set_layout(|a| {
            a.flex_grow = 1.0;
            a.flex_basis = 0.vp();
            a.width = pct(100.0);
        });
        let bar = NodeId::create("StepperBar", NodeKind::Flex);
        bar.set_layout(|a| {
            a.direction = FlexDirection::Row;
            a.justify_content = FlexAlign::SpaceBetween;
            a.align_items = ItemAlign::Center;
            a.width = pct(100.0);
            a.height = BAR_VP.vp();
            a.flex_shrink = Some(0.0);
            a.padding = Edges::symmetric(12.vp(), 4.vp());
        });
        let (prev, prev_label) = bar_button(true, "\u{2039}");
        let (next, next_label) = bar_button(false, "\u{203A}");
        let waiting = LoadingProgress::new().width(32.vp()).height(32.vp()).node();
        // Next stays at the trailing edge when Back is hidden.
        let spacer = NodeId::create("Blank", NodeKind::Leaf);
        spacer.set_layout(|a| a.flex_grow = 1.0);
        bar.append(prev);
        bar.append(spacer);
        bar.append(next);
        bar.append(waiting);
        node.append(content);
        node.append(bar);
        let s = Stepper {
            node,
            content,
            prev,
            prev_label,
            next,
            next_label,
            waiting,
            index: State::new(index),
            refresh: State::new(0),
            on_finish: State::new(None),
            on_skip: State::new(None),
            on_change: State::new(None),
            on_next: State::new(None),
            on_previous: State::new(None),
        };
        node.set_extension(Refresh(s.refresh));
        prev.set_on_click(move |_| s.back());
        next.set_on_click(move |_| s.forward());
        let ink = ThemedColor::new(|t| t.font_primary);
        Effect::new(move || s.show(ink.get()));
        s
    }

    fn items(self) -> Vec<NodeId> {
        self.content
            .children()
            .into_iter()
            .filter(|c| c.extension::<ItemSettings>().is_some())
            .collect()
    }

    /// Show the current item and set the bar up for it (an effect).
    fn show(self, ink: arkui_core::Color) {
        let _ = self.refresh.get();
        let index = self.index.get();
        untrack(|| {
            let items = self.items();
            let index = index.min(items.len().saturating_sub(1));
            for (i, item) in items.iter().enumerate() {
                let v = if i == index {
                    Visibility::Visible
                } else {
                    Visibility::None
                };
                item.set_layout(|a| a.visibility = v);
            }
            let settings = items
                .get(index)
                .and_then(|n| n.extension::<ItemSettings>())
                .unwrap_or_default();
            let last = index + 1 >= items.len();
            let prev_label = settings.prev_label.clone().unwrap_or_else(|| "Back".into());
            let next_label = match settings.status {
                ItemState::Skip => "Skip".to_string(),
                _ => settings
                    .next_label
                    .clone()
                    .unwrap_or_else(|| if last { "Start" } else { "Next" }.into()),
            };
            let show = |n: NodeId, on: bool| {
                n.set_layout(|a| {
                    a.visibility = if on {
                        Visibility::Visible
                    } else {
                        Visibility::None
                    }
                });
            };
            show(self.prev, index > 0);
            self.prev_label.set_text(|t| t.content = prev_label);
            let waiting = settings.status == ItemState::Waiting;
            show(self.next, !waiting);
            show(self.waiting, waiting);
            self.next_label.set_text(|t| t.content = next_label);
            let enabled = settings.status != ItemState::Disabled;
            self.next
                .set_visual(|v| v.opacity = if enabled { 1.0 } else { 0.4 });
            self.next.focusable(enabled && !waiting);
            for b in [self.prev, self.next] {
                for t in b.children() {
                    t.set_text(|t| t.font_color = ink);
                }
            }
            self.node.set_inspector_attr("index", index.to_string());
        });
    }

    fn back(self) {
        let index = untrack(|| self.index.get());
        if index == 0 {
            return;
        }
        if let Some(f) = untrack(|| self.on_previous.get()) {
            f(index, index - 1);
        }
        self.index.set(index - 1);
        if let Some(f) = untrack(|| self.on_change.get()) {
            f(index, index - 1);
        }
    }

    fn forward(self) {
        let index = untrack(|| self.index.get());
        let items = self.items();
        let status = items
            .get(index)
            .and_then(|n| n.extension::<ItemSettings>())
            .unwrap_or_default()
            .status;
        match status {
            ItemState::Disabled | ItemState::Waiting => {}
            ItemState::Skip => {
                if let Some(f) = untrack(|| self.on_skip.get()) {
                    f();
                }
            }
            ItemState::Normal if index + 1 >= items.len() => {
                if let Some(f) = untrack(|| self.on_finish.get()) {
                    f();
                }
            }
            ItemState::Normal => {
                if let Some(f) = untrack(|| self.on_next.get()) {
                    f(index, index + 1);
                }
                self.index.set(index + 1);
                if let Some(f) = untrack(|| self.on_change.get()) {
                    f(index, index + 1);
                }
            }
        }
    }

    /// Append a page.
    pub fn child(self, item: StepperItem) -> Self {
        self.content.append(item.0);
        self.refresh.set(untrack(|| self.refresh.get()) + 1);
        self
    }

    /// Show page `index` (ArkUI's `index`).
    pub fn set_index(self, index: usize) {
        self.index.set(index);
    }

    /// `onFinish`: Next on the last page.
    pub fn on_finish(self, f: impl Fn() + 'static) -> Self {
        self.on_finish.set(Some(Rc::new(f)));
        self
    }

    /// `onSkip`: Next on a page whose status is [`ItemState::Skip`].
    pub fn on_skip(self, f: impl Fn() + 'static) -> Self {
        self.on_skip.set(Some(Rc::new(f)));
        self
    }

    /// `onChange(prevIndex, index)`: the page changed.
    pub fn on_change(self, f: impl Fn(usize, usize) + 'static) -> Self {
        self.on_change.set(Some(Rc::new(f)));
        self
    }

    /// `onNext(index, pendingIndex)`: Next is moving on.
    pub fn on_next(self, f: impl Fn(usize, usize) + 'static) -> Self {
        self.on_next.set(Some(Rc::new(f)));
        self
    }

    /// `onPrevious(index, pendingIndex)`: Back is going back.
    pub fn on_previous(self, f: impl Fn(usize, usize) + 'static) -> Self {
        self.on_previous.set(Some(Rc::new(f)));
        self
    }

    /// The id, given to the stepper and (with "-prev", "-next", "-next-label") to its bar.
    pub fn id(self, id: impl Into<String>) -> Self {
        let id = id.into();
        self.prev.set_key(format!("{id}-prev"));
        self.next.set_key(format!("{id}-next"));
        self.next_label.set_key(format!("{id}-next-label"));
        self.waiting.set_key(format!("{id}-waiting"));
        self.node.set_key(id);
        self
    }
}
