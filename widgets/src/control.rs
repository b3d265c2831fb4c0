//! Interaction states of a control (normal, pressed, disabled, focused) and the styles
//! applied in each, ArkUI's `stateStyles`.
//!
//! State is kept in the node, created on first use, so a plain widget that never changes
//! state pays nothing. Entering a state applies its style and records exactly which
//! attributes the style changed; leaving it restores those attributes (unless something else
//! changed them meanwhile), so bindings that set other attributes are never undone.

use std::rc::Rc;

use arkui_core::{Color, CommonAttribute, Length, NodeId, TouchEvent, TouchKind, Visual, untrack};

use crate::theme::{blend, theme};

/// ArkUI's disabled look: the whole component at 40% opacity.
pub(crate) const DISABLED_OPACITY: f32 = 0.4;

/// A radius that clamps to half the shorter side: circles and capsules.
pub(crate) const ROUND: Length = Length::Vp(1.0e5);

/// The state a control shows, by priority: disabled over pressed over focused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ControlState {
    /// At rest.
    #[default]
    Normal,
    /// A finger or button is down on it.
    Pressed,
    /// `enabled(false)`.
    Disabled,
    /// It has focus.
    Focused,
    /// It is selected (a checked Toggle, Checkbox or Radio, a selected MenuItem).
    Selected,
}

/// How many states have a style slot.
const STATES: usize = 5;

fn slot(state: ControlState) -> usize {
    match state {
        ControlState::Normal => 0,
        ControlState::Pressed => 1,
        ControlState::Disabled => 2,
        ControlState::Focused => 3,
        ControlState::Selected => 4,
    }
}

type Style = Rc<dyn Fn(NodeId)>;
type TypedStyle<W> = Rc<dyn Fn(W)>;
type TouchHandler = Rc<dyn Fn(&TouchEvent)>;

/// Styles per state, ArkUI's `stateStyles({ normal, pressed, disabled, focused })`. Each is
/// a closure that sets attributes on the widget; what it changes is undone when the state
/// ends. Styles may change painting attributes (background, border colour and radius,
/// opacity, clip) and the label's font colour; layout attributes are not undone.
///
/// ```
/// use arkui_core::{Color, CommonAttribute};
/// use arkui_widgets::{Button, StateStyles};
/// let styles = StateStyles::new().pressed(|b: Button| { b.background_color(Color::RED); });
/// assert!(styles.has_pressed());
/// ```
pub struct StateStyles<W> {
    styles: [Option<TypedStyle<W>>; STATES],
}

impl<W> Default for StateStyles<W> {
    fn default() -> Self {
        StateStyles {
            styles: [None, None, None, None, None],
        }
    }
}

impl<W: Copy + 'static> StateStyles<W> {
    /// No styles: the defaults apply (a pressed overlay, 40% opacity when disabled).
    pub fn new() -> Self {
        StateStyles::default()
    }

    fn with(mut self, state: ControlState, f: impl Fn(W) + 'static) -> Self {
        self.styles[slot(state)] = Some(Rc::new(f));
        self
    }

    /// Style at rest.
    pub fn normal(self, f: impl Fn(W) + 'static) -> Self {
        self.with(ControlState::Normal, f)
    }

    /// Style while pressed.
    pub fn pressed(self, f: impl Fn(W) + 'static) -> Self {
        self.with(ControlState::Pressed, f)
    }

    /// Style while disabled.
    pub fn disabled(self, f: impl Fn(W) + 'static) -> Self {
        self.with(ControlState::Disabled, f)
    }

    /// Style while focused.
    pub fn focused(self, f: impl Fn(W) + 'static) -> Self {
        self.with(ControlState::Focused, f)
    }

    /// Style while selected (components that have a selected state: Toggle, Checkbox,
    /// Radio, MenuItem).
    pub fn selected(self, f: impl Fn(W) + 'static) -> Self {
        self.with(ControlState::Selected, f)
    }

    /// Whether a pressed style is set.
    pub fn has_pressed(&self) -> bool {
        self.styles[slot(ControlState::Pressed)].is_some()
    }

    /// The styles applied to `widget`, whatever its type.
    pub(crate) fn erase(self, widget: W) -> [Option<Style>; STATES] {
        self.styles
            .map(|s| s.map(|f| -> Style { Rc::new(move |_: NodeId| f(widget)) }))
    }
}

/// What a state's style changed, to undo on leaving: values before and after the style.
#[derive(Default)]
struct Undo {
    visual: Option<(Visual, Visual)>,
    font: Vec<(NodeId, Color, Color)>,
}

struct Control {
    pressed: bool,
    focused: bool,
    disabled: bool,
    selected: bool,
    /// Touches and `enabled` are followed through the node's observers (a component
    /// without its own press tracking, given styles by [`StateStylesAttribute`]).
    observing: bool,
    /// The built-in looks (40% opacity when disabled) apply where a state has no style:
    /// controls have them, other components given styles do not.
    defaults: bool,
    /// `stateEffect`: whether pressing shows the default overlay.
    state_effect: bool,
    shown: ControlState,
    undo: Undo,
    styles: [Option<Style>; STATES],
    user_touch: Option<TouchHandler>,
    user_focus: Option<Rc<dyn Fn()>>,
    user_blur: Option<Rc<dyn Fn()>>,
}

impl Default for Control {
    fn default() -> Self {
        Control {
            pressed: false,
            focused: false,
            disabled: false,
            selected: false,
            observing: false,
            defaults: true,
            state_effect: true,
            shown: ControlState::Normal,
            undo: Undo::default(),
            styles: [None, None, None, None, None],
            user_touch: None,
            user_focus: None,
            user_blur: None,
        }
    }
}

/// Run `f` on `node`'s control, kept in the node and created on first use; a freed node has
/// none, so `f` does not run and the result is `R::default()`. Never call out to app code
/// inside `f`: the control is out of the node meanwhile, so a re-entrant call would see a
/// fresh one and its changes would be lost.
fn with_control<R: Default>(node: NodeId, f: impl FnOnce(&mut Control) -> R) -> R {
    node.with_extension(f).unwrap_or_default()
}

/// Text nodes directly under `node` (a button's label), whose font colour a style may set.
fn fonts(node: NodeId) -> Vec<(NodeId, Color)> {
    node.children()
        .into_iter()
        .filter_map(|t| t.text().map(|a| (t, a.font_color)))
        .collect()
}

/// Re-evaluate which state `node` shows; restyle when it changed (or when `force`d).
fn refresh(node: NodeId, force: bool) {
    let change = with_control(node, |c| {
        let target = if c.disabled {
            ControlState::Disabled
        } else if c.pressed {
            ControlState::Pressed
        } else if c.focused {
            ControlState::Focused
        } else if c.selected {
            ControlState::Selected
        } else {
            ControlState::Normal
        };
        if target == c.shown && !force {
            return None;
        }
        c.shown = target;
        let undo = std::mem::take(&mut c.undo);
        Some((
            target,
            undo,
            c.styles[slot(target)].clone(),
            c.state_effect,
            c.defaults,
        ))
    });
    let Some((target, undo, style, state_effect, defaults)) = change else {
        return;
    };
    restore(node, undo);
    let before_visual = node.visual();
    let before_fonts = fonts(node);
    match (target, style) {
        (_, Some(f)) => untrack(|| f(node)),
        (ControlState::Pressed, None) if state_effect => {
            let overlay = untrack(|| theme().interactive_pressed);
            node.set_visual(|v| v.background_color = blend(v.background_color, overlay));
        }
        (ControlState::Disabled, None) if defaults => {
            node.set_visual(|v| v.opacity = DISABLED_OPACITY);
        }
        _ => {}
    }
    let mut undo = Undo::default();
    if let (Some(b), Some(a)) = (before_visual, node.visual())
        && a != b
    {
        undo.visual = Some((b, a));
    }
    for (t, before) in before_fonts {
        if let Some(after) = t.text().map(|a| a.font_color)
            && after != before
        {
            undo.font.push((t, before, after));
        }
    }
    with_control(node, |c| c.undo = undo);
}

/// Put back what a style changed, field by field, where it still holds the style's value.
fn restore(node: NodeId, undo: Undo) {
    if let Some((before, after)) = undo.visual {
        node.set_visual(|v| {
            if v.background_color == after.background_color {
                v.background_color = before.background_color;
            }
            if v.border_color == after.border_color {
                v.border_color = before.border_color;
            }
            if v.border_radius == after.border_radius {
                v.border_radius = before.border_radius;
            }
            if v.opacity == after.opacity {
                v.opacity = before.opacity;
            }
            if v.clip == after.clip {
                v.clip = before.clip;
            }
        });
    }
    for (t, before, after) in undo.font {
        t.set_text(|a| {
            if a.font_color == after {
                a.font_color = before;
            }
        });
    }
}

/// `enabled`: the universal attribute (no clicks, keys or focus) plus the disabled style.
pub(crate) fn set_enabled(node: NodeId, on: bool) {
    CommonAttribute::enabled(node, on);
    with_control(node, |c| c.disabled = !on);
    refresh(node, false);
}

/// Install styles; the state shown now is restyled with them.
pub(crate) fn set_styles(node: NodeId, styles: [Option<Style>; STATES]) {
    let focus = styles[slot(ControlState::Focused)].is_some();
    with_control(node, |c| c.styles = styles);
    if focus {
        track_focus(node);
    }
    refresh(node, true);
}

/// A component's selected state changed (a Toggle turned on, a MenuItem picked).
pub(crate) fn set_selected(node: NodeId, on: bool) {
    let changed = with_control(node, |c| {
        let changed = c.selected != on;
        c.selected = on;
        changed
    });
    if changed {
        refresh(node, false);
    }
}

/// Follow `node`'s touches and `enabled` through its observers, once: the press and
/// disabled states of a component that does not track them itself.
fn observe(node: NodeId) {
    let first = with_control(node, |c| !std::mem::replace(&mut c.observing, true));
    if !first {
        return;
    }
    node.observe_touch(move |e| touch(node, e));
    node.set_enabled_hook(move |on| {
        with_control(node, |c| c.disabled = !on);
        refresh(node, false);
    });
    let disabled = !node.is_enabled();
    with_control(node, |c| {
        c.disabled = disabled;
        c.defaults = false;
        c.state_effect = false;
    });
}

/// `stateStyles` on every component, ArkUI's universal attribute: a style per state
/// (normal, pressed, focused, disabled, selected), applied on entering the state and undone
/// on leaving it. Button has its own with the same meaning.
///
/// ```
/// use arkui_core::{App, Color, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Column, StateStyles, StateStylesAttribute, Text};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     Column::new()
///         .child(Text::new("row"))
///         .width(100.0)
///         .height(40.0)
///         .state_styles(StateStyles::new().pressed(|c: Column| { c.background_color(Color::RED); }))
///         .id("row")
/// });
/// app.frame();
/// let row = app.find_by_id("row").unwrap();
/// let r = row.rect().unwrap();
/// app.pointer_down(r.x + 5.0, r.y + 5.0);
/// assert_eq!(row.visual().unwrap().background_color, Color::RED);
/// app.pointer_up(r.x + 5.0, r.y + 5.0);
/// assert_eq!(row.visual().unwrap().background_color, Color::TRANSPARENT);
/// ```
pub trait StateStylesAttribute: arkui_core::Widget {
    /// `stateStyles`: the styles per state.
    fn state_styles(self, styles: StateStyles<Self>) -> Self {
        let node = self.node();
        observe(node);
        set_styles(node, styles.erase(self));
        self
    }
}

impl<W: arkui_core::Widget> StateStylesAttribute for W {}

/// `stateEffect`: whether pressing shows the default pressed overlay.
pub(crate) fn set_state_effect(node: NodeId, on: bool) {
    with_control(node, |c| c.state_effect = on);
}

/// Follow touches on `node` for its pressed state, passing them on to the app's handler.
pub(crate) fn track_press(node: NodeId) {
    CommonAttribute::on_touch(node, move |e: &TouchEvent| {
        touch(node, e);
        let user = with_control(node, |c| c.user_touch.clone());
        if let Some(f) = user {
            f(e);
        }
    });
}

/// A touch on `node`: down presses; up and cancel release.
pub(crate) fn touch(node: NodeId, e: &TouchEvent) {
    let pressed = match e.kind {
        TouchKind::Down => true,
        TouchKind::Up | TouchKind::Cancel => false,
        TouchKind::Move => return,
    };
    with_control(node, |c| c.pressed = pressed);
    refresh(node, false);
}

/// `node` gained or lost focus: the focused state, then the app's handler.
pub(crate) fn focus_changed(node: NodeId, focused: bool) {
    with_control(node, |c| c.focused = focused);
    refresh(node, false);
    let user = with_control(node, |c| {
        if focused {
            c.user_focus.clone()
        } else {
            c.user_blur.clone()
        }
    });
    if let Some(f) = user {
        f();
    }
}

fn track_focus(node: NodeId) {
    CommonAttribute::on_focus(node, move || focus_changed(node, true));
    CommonAttribute::on_blur(node, move || focus_changed(node, false));
}

/// The app's `on_touch`, run after the control's own handling.
pub(crate) fn set_user_touch(node: NodeId, f: TouchHandler) {
    with_control(node, |c| c.user_touch = Some(f));
}

/// The app's `on_focus` or `on_blur`, run after the control's own handling.
pub(crate) fn set_user_focus(
    node: NodeId,
    focus: Option<Rc<dyn Fn()>>,
    blur: Option<Rc<dyn Fn()>>,
) {
    with_control(node, |c| {
        if focus.is_some() {
            c.user_focus = focus;
        }
        if blur.is_some() {
            c.user_blur = blur;
        }
    });
    track_focus(node);
}

/// The state `node` shows now.
pub(crate) fn shown(node: NodeId) -> ControlState {
    node.update_extension(|c: &mut Control| c.shown)
        .unwrap_or(ControlState::Normal)
}

#[cfg(test)]
mod tests {
    use arkui_core::{TouchEvent, TouchKind, Widget};

    use super::*;
    use crate::Button;

    fn touch_event(kind: TouchKind) -> TouchEvent {
        TouchEvent {
            kind,
            id: 0,
            x: 1.0,
            y: 1.0,
        }
    }

    /// The core stores `on_touch` handlers but does not dispatch touches yet, so these tests
    /// feed the control what the button's handler will receive.
    #[test]
    fn pressing_darkens_by_the_pressed_overlay_and_release_restores() {
        let b = Button::new("y");
        let n = b.node();
        let brand = Color::from_rgb(0x007DFF);
        touch(n, &touch_event(TouchKind::Down));
        assert_eq!(b.control_state(), ControlState::Pressed);
        let pressed = n.visual().map(|v| v.background_color);
        assert_eq!(pressed, Some(blend(brand, theme().interactive_pressed)));
        touch(n, &touch_event(TouchKind::Move));
        assert_eq!(
            b.control_state(),
            ControlState::Pressed,
            "moves keep it pressed"
        );
        touch(n, &touch_event(TouchKind::Cancel));
        assert_eq!(n.visual().map(|v| v.background_color), Some(brand));
    }

    #[test]
    fn a_pressed_style_replaces_the_overlay_and_disabled_wins_over_pressed() {
        let b = Button::new("y").state_styles(StateStyles::new().pressed(|b: Button| {
            b.node().set_visual(|v| v.background_color = Color::RED);
        }));
        let n = b.node();
        touch(n, &touch_event(TouchKind::Down));
        assert_eq!(n.visual().map(|v| v.background_color), Some(Color::RED));
        b.enabled(false);
        assert_eq!(b.control_state(), ControlState::Disabled);
        let v = n.visual().unwrap_or_default();
        assert_eq!(
            v.background_color,
            Color::from_rgb(0x007DFF),
            "pressed style undone"
        );
        assert_eq!(v.opacity, DISABLED_OPACITY);
        b.enabled(true);
        touch(n, &touch_event(TouchKind::Up));
        assert_eq!(b.control_state(), ControlState::Normal);
        assert_eq!(n.visual().map(|v| v.opacity), Some(1.0));
    }

    #[test]
    fn without_state_effect_a_press_changes_nothing() {
        let b = Button::new("y").state_effect(false);
        let n = b.node();
        let before = n.visual();
        touch(n, &touch_event(TouchKind::Down));
        assert_eq!(b.control_state(), ControlState::Pressed);
        assert_eq!(n.visual(), before);
    }

    #[test]
    fn leaving_a_state_keeps_changes_made_by_others_meanwhile() {
        let b = Button::new("y");
        let n = b.node();
        touch(n, &touch_event(TouchKind::Down));
        // A binding sets the background while pressed: release must not undo it.
        n.set_visual(|v| v.background_color = Color::GREEN);
        touch(n, &touch_event(TouchKind::Up));
        assert_eq!(n.visual().map(|v| v.background_color), Some(Color::GREEN));
    }
}
