//! `Button`, ArkUI's button: a capsule with a label, or a container for custom content,
//! with state styles (pressed, disabled, focused).

use std::rc::Rc;

use arkui_core::{
    Color, Edges, Element, FlexAlign, FlexDirection, FontWeight, ItemAlign, Length, LengthExt,
    NodeId, NodeKind, TouchEvent,
};

use crate::Text;
use crate::control::{self, ControlState, StateStyles};
use crate::handle::component_handle;
use crate::themed::{self, Slot};

/// ArkUI's `ButtonType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ButtonType {
    /// Fully rounded ends (the default).
    #[default]
    Capsule,
    /// A circle: width and height follow the smaller side.
    Circle,
    /// Square corners unless `border_radius` is set.
    Normal,
}

/// ArkUI's default emphasised button colour (the light theme's brand colour; buttons follow
/// the theme's `brand`).
pub const BUTTON_BLUE: Color = Color::from_rgb(0x007DFF);

/// A radius that clamps to half the shorter side: a capsule or a circle.
const ROUND: Length = Length::Vp(1.0e5);

component_handle!(
    /// A button. `Button("Add")` shows a label; `Button()` takes children as its content.
    ///
    /// ```
    /// use arkui_widgets::Button;
    /// use arkui_core::{App, DeviceProfile, CommonAttribute};
    /// let mut app = App::with_view(DeviceProfile::iot(), || Button::new("OK").id("ok"));
    /// let b = app.inspector_by_id("ok").unwrap();
    /// assert_eq!(b["$type"], "Button");
    /// assert_eq!(b["$attrs"]["label"], "OK");
    /// assert_eq!(b["$children"][0]["$attrs"]["content"], "OK");
    /// let height = arkui_core::inspector_rect(&b).unwrap().height;
    /// assert_eq!(height, 40.0); // ArkUI's default 40vp at density 1
    /// ```
    Button
);

fn base() -> NodeId {
    let n = NodeId::create("Button", NodeKind::Flex);
    n.set_layout(|a| {
        a.direction = FlexDirection::Row;
        a.align_items = ItemAlign::Center;
        a.justify_content = FlexAlign::Center;
        a.height = 40.vp();
        a.padding = Edges::symmetric(16.vp(), 0.vp());
    });
    n.set_visual(|v| {
        v.background_color = BUTTON_BLUE;
        v.border_radius = [ROUND; 4];
    });
    themed::follow(n, Slot::Background(|t| t.brand));
    n.set_inspector_attr("type", "ButtonType.Capsule");
    n.set_inspector_attr("stateEffect", "true");
    control::track_press(n);
    n
}

impl Element<()> for Button {
    fn create(_: ()) -> Button {
        Button(base())
    }

    fn update(self, _: ()) {}
}

// A concrete argument type, converted by `ui!` through `FromArgument` (see `Text`).
impl Element<(String,)> for Button {
    fn create((label,): (String,)) -> Button {
        let n = base();
        n.set_inspector_attr("label", label.clone());
        let text = Text::new(label)
            .font_size(16.fp())
            .font_weight(FontWeight::Medium)
            .font_color(Color::WHITE);
        n.append(arkui_core::Widget::node(text));
        Button(n)
    }

    fn update(self, (label,): (String,)) {
        self.0.set_inspector_attr("label", label.clone());
        if let Some(t) = self.label_node() {
            t.set_text(|t| t.content = label);
        }
    }
}

impl Button {
    /// A capsule button showing `label`.
    pub fn new(label: impl Into<String>) -> Button {
        Button::create((label.into(),))
    }

    /// A button whose content is its children.
    pub fn empty() -> Button {
        Button::create(())
    }

    fn label_node(self) -> Option<NodeId> {
        self.0
            .children()
            .into_iter()
            .find(|c| c.tag() == Some("Text"))
    }

    /// `type`: capsule, circle or normal.
    pub fn button_type(self, t: ButtonType) -> Self {
        let radius = match t {
            ButtonType::Capsule | ButtonType::Circle => ROUND,
            ButtonType::Normal => 0.vp(),
        };
        self.0.set_visual(|v| v.border_radius = [radius; 4]);
        if t == ButtonType::Circle {
            self.0.set_layout(|a| {
                a.aspect_ratio = Some(1.0);
                a.square_of_smaller_side = true;
            });
        }
        self.0
            .set_inspector_attr("type", format!("ButtonType.{t:?}"));
        self
    }

    /// Label `fontSize`.
    pub fn font_size(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        if let Some(t) = self.label_node() {
            t.set_text(|t| t.font_size = v);
        }
        self
    }

    /// Label `fontColor`.
    pub fn font_color(self, c: Color) -> Self {
        if let Some(t) = self.label_node() {
            t.set_text(|t| t.font_color = c);
        }
        self
    }

    /// Label `fontWeight`.
    pub fn font_weight(self, w: FontWeight) -> Self {
        if let Some(t) = self.label_node() {
            t.set_text(|t| t.font_weight = w);
        }
        self
    }
}

/// Interaction states.
impl Button {
    /// `stateStyles`: attributes per state (normal, pressed, disabled, focused). Without a
    /// pressed style a pressed button darkens by the theme's `interactive_pressed` overlay
    /// (see [`Button::state_effect`]); without a disabled style a disabled one is drawn at
    /// 40% opacity; focus shows the focus ring the core draws.
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Button, StateStyles};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Button::new("Off")
    ///         .state_styles(StateStyles::new().disabled(|b: Button| { b.background_color(Color::GRAY); }))
    ///         .enabled(false)
    ///         .id("b")
    /// });
    /// let b = app.find_by_id("b").unwrap();
    /// assert_eq!(b.visual().unwrap().background_color, Color::GRAY);
    /// assert_eq!(app.inspector_by_id("b").unwrap()["$attrs"]["enabled"], "false");
    /// ```
    pub fn state_styles(self, styles: StateStyles<Button>) -> Self {
        control::set_styles(self.0, styles.erase(self));
        self
    }

    /// `stateEffect`: whether pressing shows the default pressed overlay (default `true`).
    pub fn state_effect(self, on: bool) -> Self {
        control::set_state_effect(self.0, on);
        self.0.set_inspector_attr("stateEffect", on.to_string());
        self
    }

    /// `enabled`: a disabled button takes no clicks, keys or focus and shows its disabled
    /// style (40% opacity by default).
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
    /// use arkui_widgets::Button;
    /// let clicks = State::new(0);
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     Button::new("Buy").enabled(false).id("buy").on_click(move |_| clicks.update(|c| *c += 1))
    /// });
    /// app.click_id("buy").unwrap();
    /// assert_eq!(clicks.get(), 0);
    /// assert_eq!(app.find_by_id("buy").unwrap().visual().unwrap().opacity, 0.4);
    /// ```
    pub fn enabled(self, on: bool) -> Self {
        control::set_enabled(self.0, on);
        self
    }

    /// `onTouch`, kept alongside the button's own press tracking.
    pub fn on_touch(self, f: impl Fn(&TouchEvent) + 'static) -> Self {
        control::set_user_touch(self.0, Rc::new(f));
        self
    }

    /// `onFocus`, kept alongside the button's focused style.
    pub fn on_focus(self, f: impl Fn() + 'static) -> Self {
        control::set_user_focus(self.0, Some(Rc::new(f)), None);
        self
    }

    /// `onBlur`, kept alongside the button's focused style.
    pub fn on_blur(self, f: impl Fn() + 'static) -> Self {
        control::set_user_focus(self.0, None, Some(Rc::new(f)));
        self
    }

    /// The state the button shows now.
    pub fn control_state(self) -> ControlState {
        control::shown(self.0)
    }
}
