//! `Counter`: a value between a minus and a plus button, ArkUI's `Counter`. The component
//! only reports the presses (`onInc`, `onDec`); the app keeps the value and shows it as the
//! counter's child.

use std::rc::Rc;

use arkui_core::{
    CommonAttribute, Edges, Effect, Element, FlexAlign, FlexDirection, ItemAlign, LengthExt,
    NodeId, NodeKind, State, Widget, pct, untrack,
};

use crate::text::Text;
use crate::theme::ThemedColor;

/// ArkUI's counter size (its engine's counter theme): 100 × 32 vp, 32 vp buttons.
const WIDTH_VP: f32 = 100.0;
const HEIGHT_VP: f32 = 32.0;
const BUTTON_VP: f32 = 32.0;

type Handler = State<Option<Rc<dyn Fn()>>>;

/// A value with a minus button before it and a plus button after it, ArkUI's `Counter`:
/// 100 × 32 vp, a 1 vp border with 4 vp corners. A press calls `on_dec` / `on_inc`; the
/// app changes the value it shows as the child. `enable_dec(false)` / `enable_inc(false)`
/// grey a button out (40 %) and ignore it. Each button takes the focus on its own, so the
/// D-pad moves between them and Enter presses one.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
/// use arkui_widgets::{Counter, Text};
/// let value = State::new(1);
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     Counter::new()
///         .on_inc(move || value.set(value.get() + 1))
///         .on_dec(move || value.set(value.get() - 1))
///         .child(Text::new(value.get().to_string()))
///         .id("c")
/// });
/// app.click_id("c-inc").unwrap();
/// app.click_id("c-inc").unwrap();
/// app.click_id("c-dec").unwrap();
/// assert_eq!(value.get(), 2);
/// let r = arkui_core::inspector_rect(&app.inspector_by_id("c").unwrap()).unwrap();
/// assert_eq!((r.width, r.height), (100.0, 32.0));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Counter {
    node: NodeId,
    content: NodeId,
    dec: NodeId,
    inc: NodeId,
    on_inc: Handler,
    on_dec: Handler,
    inc_enabled: State<bool>,
    dec_enabled: State<bool>,
}

impl Widget for Counter {
    fn node(self) -> NodeId {
        self.node
    }

    fn set_children(self, build: Box<dyn FnOnce(NodeId)>) {
        build(self.content);
    }
}

impl Element<()> for Counter {
    fn create(_: ()) -> Counter {
        let node = NodeId::create("Counter", NodeKind::Flex);
        node.set_layout(|a| {
            a.direction = FlexDirection::Row;
            a.align_items = ItemAlign::Stretch;
        });
        let node = node.width(WIDTH_VP.vp()).height(HEIGHT_VP.vp()).clip(true);
        let button = |label: &str| {
            let b = NodeId::create("CounterButton", NodeKind::Flex);
            b.set_layout(|a| {
                a.justify_content = FlexAlign::Center;
                a.align_items = ItemAlign::Center;
                a.flex_shrink = Some(0.0);
            });
            b.append(Text::new(label).font_size(16.fp()).node());
            b.width(BUTTON_VP.vp()).height(pct(100.0))
        };
        let (dec, inc) = (button("\u{2212}"), button("+"));
        let content = NodeId::create("CounterContent", NodeKind::Flex);
        content.set_layout(|a| {
            a.justify_content = FlexAlign::Center;
            a.align_items = ItemAlign::Center;
            a.flex_grow = 1.0;
            a.min_width = 0.vp();
        });
        node.append(dec);
        node.append(content);
        node.append(inc);
        let c = Counter {
            node,
            content,
            dec,
            inc,
            on_inc: State::new(None),
            on_dec: State::new(None),
            inc_enabled: State::new(true),
            dec_enabled: State::new(true),
        };
        let press = |handler: Handler, enabled: State<bool>| {
            move |_: &arkui_core::ClickEvent| {
                if untrack(|| enabled.get())
                    && let Some(f) = untrack(|| handler.get())
                {
                    f();
                }
            }
        };
        dec.set_on_click(press(c.on_dec, c.dec_enabled));
        inc.set_on_click(press(c.on_inc, c.inc_enabled));
        let border = ThemedColor::new(|t| t.comp_divider);
        let ink = ThemedColor::new(|t| t.font_primary);
        Effect::new(move || {
            let (line, ink) = (border.get(), ink.get());
            let (inc_on, dec_on) = (c.inc_enabled.get(), c.dec_enabled.get());
            untrack(|| {
                c.node
                    .set_layout(|a| a.border_width = Edges::symmetric(1.vp(), 1.vp()));
                c.node.set_visual(|v| {
                    v.border_color = line;
                    v.border_radius = [4.vp(); 4];
                });
                c.content.set_layout(|a| {
                    a.border_width = Edges {
                        left: 1.vp(),
                        right: 1.vp(),
                        top: 0.vp(),
                        bottom: 0.vp(),
                    };
                });
                c.content.set_visual(|v| v.border_color = line);
                for (b, on) in [(c.dec, dec_on), (c.inc, inc_on)] {
                    if let Some(t) = b.children().first() {
                        t.set_text(|t| t.font_color = ink);
                    }
                    b.set_visual(|v| v.opacity = if on { 1.0 } else { 0.4 });
                    b.focusable(on);
                }
            });
        });
        c
    }

    fn update(self, _: ()) {}
}

impl Default for Counter {
    fn default() -> Self {
        Counter::new()
    }
}

impl Counter {
    /// A counter with no value shown yet (give it a child).
    pub fn new() -> Counter {
        Counter::create(())
    }

    /// Show `child` as the value.
    pub fn child(self, child: impl arkui_core::View) -> Self {
        self.content.append(child.into_node());
        self
    }

    /// `onInc`: the plus button was pressed.
    pub fn on_inc(self, f: impl Fn() + 'static) -> Self {
        self.on_inc.set(Some(Rc::new(f)));
        self
    }

    /// `onDec`: the minus button was pressed.
    pub fn on_dec(self, f: impl Fn() + 'static) -> Self {
        self.on_dec.set(Some(Rc::new(f)));
        self
    }

    /// `enableInc`: whether the plus button works (default true).
    pub fn enable_inc(self, on: bool) -> Self {
        self.inc_enabled.set(on);
        self
    }

    /// `enableDec`: whether the minus button works (default true).
    pub fn enable_dec(self, on: bool) -> Self {
        self.dec_enabled.set(on);
        self
    }

    /// The id, given to the counter and (with "-dec" and "-inc") to its buttons.
    pub fn id(self, id: impl Into<String>) -> Self {
        let id = id.into();
        self.dec.set_key(format!("{id}-dec"));
        self.inc.set_key(format!("{id}-inc"));
        self.node.set_key(id);
        self
    }
}
