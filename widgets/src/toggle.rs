//! `Toggle`, ArkUI's on/off control: the switch style (a pill with a knob), the checkbox
//! style (the same box and tick as `Checkbox`) and the button style (a pill that stays
//! filled), sharing one state handling.

use std::rc::Rc;

use crate::control;
use crate::select_box::{BoxColors, Mark, SelectBox};
use crate::theme::ThemedColor;
use arkui_core::{
    Color, Effect, Element, FlexAlign, FlexDirection, ItemAlign, Link, LinkSource, NodeId,
    NodeKind, State, Widget, untrack,
};

/// ArkUI's `ToggleType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ToggleType {
    /// A sliding switch (the default).
    #[default]
    Switch,
    /// A check box.
    Checkbox,
    /// A button that stays pressed.
    Button,
}

/// ArkUI's default "on" colour (the light theme's brand; toggles follow the theme).
pub const TOGGLE_ON: Color = Color::from_rgb(0x007DFF);
/// ArkUI's default "off" track colour (20% black; toggles follow the theme's `font_fourth`).
pub const TOGGLE_OFF: Color = Color::from_argb(0x3300_0000);

type ChangeHandler = Rc<dyn Fn(bool)>;

/// An on/off control. Clicking flips it; `is_on` sets it; `bind!` links it two-way to a
/// state (`Toggle(ToggleType::Switch, is_on = bind!(self.wifi))`).
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
/// use arkui_widgets::{Toggle, ToggleType};
/// let wifi = State::new(false);
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     Toggle::new(ToggleType::Switch).bind_is_on(wifi).id("wifi")
/// });
/// app.click_id("wifi").unwrap();
/// assert!(wifi.get());
/// assert_eq!(app.inspector_by_id("wifi").unwrap()["$attrs"]["isOn"], "true");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Toggle {
    node: NodeId,
    is_on: Link<bool>,
    on_color: ThemedColor,
    on_change: State<Option<ChangeHandler>>,
}

impl Widget for Toggle {
    fn node(self) -> NodeId {
        self.node
    }
}

impl Element<(ToggleType,)> for Toggle {
    fn create((kind,): (ToggleType,)) -> Toggle {
        let is_on = Link::from(State::new(false));
        let on_change: State<Option<ChangeHandler>> = State::new(None);
        let on_color = ThemedColor::new(|t| t.brand);
        let off_color = ThemedColor::new(|t| t.font_fourth);
        let node = if kind == ToggleType::Checkbox {
            // ArkUI draws this style as a checkbox: an outline when off, a filled box with a
            // tick when on.
            let look = SelectBox::new("Toggle");
            let outline = ThemedColor::new(|t| t.icon_fourth);
            Effect::new(move || {
                let on = is_on.try_get().unwrap_or(false);
                let colors = BoxColors {
                    on: on_color.get(),
                    off: outline.get(),
                    mark: Color::WHITE,
                };
                look.show(if on { Mark::Tick } else { Mark::None }, colors);
                untrack(|| look.node.set_inspector_attr("isOn", on.to_string()));
            });
            look.node
        } else {
            pill(kind, is_on, on_color, off_color)
        };
        node.set_inspector_attr("type", format!("ToggleType.{kind:?}"));
        // `stateStyles({ selected })` follows the value.
        Effect::new(move || {
            let on = is_on.try_get().unwrap_or(false);
            untrack(|| crate::control::set_selected(node, on));
        });
        node.set_on_click(move |_| {
            let next = !untrack(|| is_on.try_get().unwrap_or(false));
            is_on.set(next);
            if let Some(f) = untrack(|| on_change.get()) {
                f(next);
            }
        });
        Toggle {
            node,
            is_on,
            on_color,
            on_change,
        }
    }

    fn update(self, _: (ToggleType,)) {}
}

impl Element<()> for Toggle {
    fn create(_: ()) -> Toggle {
        Toggle::create((ToggleType::Switch,))
    }

    fn update(self, _: ()) {}
}

/// The switch and button styles: a pill whose colour, and knob (switch only), follow the
/// value.
fn pill(
    kind: ToggleType,
    is_on: Link<bool>,
    on_color: ThemedColor,
    off_color: ThemedColor,
) -> NodeId {
    let node = NodeId::create("Toggle", NodeKind::Flex);
    let (w, h, k) = match kind {
        ToggleType::Button => (56.0, 28.0, 0.0),
        _ => (36.0, 20.0, 16.0),
    };
    node.set_layout(|a| {
        a.direction = FlexDirection::Row;
        a.align_items = ItemAlign::Center;
        a.width = w.into();
        a.height = h.into();
        a.padding = 2.0.into();
    });
    node.set_visual(|v| v.border_radius = [(h / 2.0).into(); 4]);
    if k > 0.0 {
        let knob = NodeId::create("ToggleKnob", NodeKind::Leaf);
        node.append(knob);
        knob.set_layout(|a| {
            a.width = k.into();
            a.height = k.into();
        });
        knob.set_visual(|v| {
            v.background_color = Color::WHITE;
            v.border_radius = [(k / 2.0).into(); 4];
        });
    }
    // The look follows the value, whatever it is linked to.
    Effect::new(move || {
        let on = is_on.try_get().unwrap_or(false);
        let color = if on { on_color.get() } else { off_color.get() };
        untrack(|| {
            node.set_visual(|v| v.background_color = color);
            node.set_layout(|a| {
                a.justify_content = if on { FlexAlign::End } else { FlexAlign::Start }
            });
            node.set_inspector_attr("isOn", on.to_string());
        });
    });
    node
}

impl Toggle {
    /// A toggle of the given style, off.
    pub fn new(kind: ToggleType) -> Toggle {
        Toggle::create((kind,))
    }

    /// `isOn`: set the value (one-way; use [`Toggle::bind_is_on`] for two-way).
    pub fn is_on(self, on: bool) -> Self {
        self.is_on.set(on);
        self
    }

    /// Two-way binding (`is_on = bind!(state)` in `ui!`): the toggle shows and writes `source`.
    pub fn bind_is_on(self, source: impl LinkSource<bool>) -> Self {
        self.is_on.bind(source);
        self
    }

    /// `onChange`: called with the new value after a click.
    pub fn on_change(self, f: impl Fn(bool) + 'static) -> Self {
        self.on_change.set(Some(Rc::new(f)));
        self
    }

    /// `selectedColor`: the "on" colour.
    pub fn selected_color(self, c: Color) -> Self {
        self.on_color.set(c);
        self
    }

    /// `enabled`: a disabled toggle ignores clicks, keys and focus and is drawn at 40%
    /// opacity, like the other controls.
    pub fn enabled(self, on: bool) -> Self {
        control::set_enabled(self.node, on);
        self
    }
}
