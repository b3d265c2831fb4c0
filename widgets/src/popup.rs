//! `bind_popup`: a bubble with an arrow pointing at the component it is bound to, ArkUI's
//! `bindPopup`. A tap outside the bubble dismisses it.

use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, Length, LengthExt, NodeId, Overlay, OverlayManager, OverlayOptions,
    State, View, Widget, untrack,
};

use crate::containers::Column;
use crate::text::Text;
use crate::theme::theme;

/// Which side of its component a popup opens on, ArkUI's `Placement`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Placement {
    /// Above.
    Top,
    /// Below (the default).
    #[default]
    Bottom,
}

/// A popup's content and behaviour, ArkUI's `PopupOptions` / `CustomPopupOptions`.
#[derive(Clone, Default)]
pub struct PopupOptions {
    message: String,
    builder: Option<Rc<dyn Fn() -> NodeId>>,
    placement: Placement,
    color: Option<Color>,
    on_state_change: Option<Rc<dyn Fn(bool)>>,
}

impl std::fmt::Debug for PopupOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PopupOptions")
            .field("message", &self.message)
            .field("placement", &self.placement)
            .finish_non_exhaustive()
    }
}

impl PopupOptions {
    /// A popup showing `message`.
    ///
    /// ```
    /// use arkui_widgets::{Placement, PopupOptions};
    /// let o = PopupOptions::message("Tip").placement(Placement::Top);
    /// assert_eq!(o.get_placement(), Placement::Top);
    /// ```
    pub fn message(message: impl Into<String>) -> PopupOptions {
        PopupOptions {
            message: message.into(),
            ..PopupOptions::default()
        }
    }

    /// A popup showing what `builder` builds (ArkUI's `CustomPopupOptions.builder`).
    pub fn custom<V: View>(builder: impl Fn() -> V + 'static) -> PopupOptions {
        PopupOptions {
            builder: Some(Rc::new(move || builder().into_node())),
            ..PopupOptions::default()
        }
    }

    /// `placement`: above or below the component.
    pub fn placement(mut self, p: Placement) -> Self {
        self.placement = p;
        self
    }

    /// The placement set.
    pub fn get_placement(&self) -> Placement {
        self.placement
    }

    /// `popupColor`: the bubble's fill.
    pub fn popup_color(mut self, c: Color) -> Self {
        self.color = Some(c);
        self
    }

    /// `onStateChange`: called with `true` when shown and `false` when hidden.
    pub fn on_state_change(mut self, f: impl Fn(bool) + 'static) -> Self {
        self.on_state_change = Some(Rc::new(f));
        self
    }
}

/// The arrow: a square turned 45°, half hidden under the bubble.
const ARROW: f32 = 10.0;
/// From the component's edge to the bubble's.
const GAP: f32 = 8.0;

/// `bindPopup` on every component.
pub trait BindPopup: Widget {
    /// Show a popup anchored to this component while `show` is true; a tap outside the
    /// bubble (or Back) sets it false. The bubble has id `popup`, its arrow `popup-arrow`.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
    /// use arkui_widgets::{BindPopup, Button, Column, PopupOptions};
    /// let show = State::new(false);
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     Column::new().child(
    ///         Button::new("?").id("help").on_click(move |_| show.set(true))
    ///             .bind_popup(show, PopupOptions::message("Tap anywhere to close")),
    ///     )
    /// });
    /// app.click_id("help").unwrap();
    /// assert!(app.find_by_id("popup").is_some());
    /// app.click_at(300.0, 200.0);
    /// assert!(!show.get());
    /// assert!(app.find_by_id("popup").is_none());
    /// ```
    fn bind_popup(self, show: State<bool>, options: PopupOptions) -> Self {
        let anchor = self.node();
        let notify = options.on_state_change.clone();
        crate::overlay_binding::bind_overlay(
            show,
            move |m| open_popup(m, anchor, &options, show),
            move |on| {
                if let Some(f) = &notify {
                    f(on);
                }
            },
        );
        self
    }
}

impl<W: Widget> BindPopup for W {}

fn open_popup(
    manager: OverlayManager,
    anchor: NodeId,
    options: &PopupOptions,
    show: State<bool>,
) -> Overlay {
    let colors = untrack(theme);
    let fill = options.color.unwrap_or(colors.background_tertiary);
    let placement = options.placement;
    let builder = options.builder.clone();
    let message = options.message.clone();
    // Outside taps only dismiss: no dimming.
    let o = OverlayOptions::modal()
        .mask_color(Color::TRANSPARENT)
        .alignment(arkui_core::Alignment::TopStart)
        .on_dismiss(move || show.set(false));
    manager.open(o, move || {
        let layer = Column::new()
            .width(arkui_core::pct(100.0))
            .height(arkui_core::pct(100.0));
        let density = density();
        let px = move |v: f32| v * density;
        let to_vp = move |p: f32| Length::Vp(p / density);
        // Where the arrow's centre goes for the anchor's box as laid out now.
        let arrow_at = move || {
            let a = anchor.rect().unwrap_or_default();
            let y = match placement {
                Placement::Bottom => a.y + a.height + px(GAP),
                Placement::Top => a.y - px(GAP),
            };
            (a.x + a.width / 2.0, y)
        };
        let (cx, arrow_y) = arrow_at();
        let arrow = Column::new()
            .width(ARROW.vp())
            .height(ARROW.vp())
            .background_color(fill)
            .rotate(45.0)
            .position(
                to_vp(cx - px(ARROW) / 2.0),
                to_vp(arrow_y - px(ARROW) / 2.0),
            )
            .id("popup-arrow");
        let content = match &builder {
            Some(b) => b(),
            None => Text::new(message.clone())
                .font_size(14.fp())
                .font_color(colors.font_primary)
                .node(),
        };
        let bubble = Column::new()
            .child(content)
            .padding(12.vp())
            .background_color(fill)
            .border_radius(16.vp())
            .constraint_size(Length::Auto, 280.vp(), Length::Auto, Length::Auto)
            .on_click(|_| {})
            .focusable(false)
            .id("popup");
        let initial_y = match placement {
            Placement::Bottom => arrow_y,
            Placement::Top => arrow_y - px(40.0),
        };
        bubble.position(to_vp(cx - px(60.0)), to_vp(initial_y));
        // Placed after each layout, once its size (and the anchor's box, when opened while
        // building) is known:
        // centred on the anchor, kept on screen, the arrow between them.
        let (node, arrow_node) = (bubble.node(), arrow.node());
        arkui_core::observe_layout(node, move || {
            let Some(r) = node.rect() else { return };
            let (cx, arrow_y) = arrow_at();
            let (screen_w, _) = crate::menu::screen_size(node);
            let x = (cx - r.width / 2.0)
                .min(screen_w - r.width - px(4.0))
                .max(px(4.0));
            let y = match placement {
                Placement::Bottom => arrow_y,
                Placement::Top => arrow_y - r.height,
            };
            if (x - r.x).abs() > 0.5 || (y - r.y).abs() > 0.5 {
                node.position(to_vp(x), to_vp(y));
            }
            let (ax, ay) = (cx - px(ARROW) / 2.0, arrow_y - px(ARROW) / 2.0);
            if arrow_node
                .rect()
                .is_some_and(|a| (a.x - ax).abs() > 0.5 || (a.y - ay).abs() > 0.5)
            {
                arrow_node.position(to_vp(ax), to_vp(ay));
            }
        });
        layer.child(arrow).child(bubble).into_node()
    })
}

/// Pixels per vp of the app being built (1 outside any app).
pub(crate) fn density() -> f32 {
    untrack(|| arkui_core::MediaEnv::current().map_or(1.0, |m| m.density()))
}
