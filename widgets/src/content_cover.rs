//! `bind_content_cover`: a full-screen modal page over the current one, ArkUI's
//! `bindContentCover`, sliding up (or fading, or appearing at once) while a state is true.

use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, Effect, Length, NodeId, OverlayManager, OverlayOptions, State, View,
    Widget, pct, untrack,
};

use crate::overlay_binding::bind_overlay;
use crate::theme::ThemedColor;
use crate::tween::Tween;

/// How long the cover takes to come in or go out, ms.
const MOVE_MS: f64 = 300.0;

/// How a content cover comes in and goes out, ArkUI's `ModalTransition`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ModalTransition {
    /// Slides up from the bottom, and back down (the default).
    #[default]
    Default,
    /// Appears and disappears at once.
    None,
    /// Fades in and out.
    Alpha,
}

/// Why a content cover or a sheet is being dismissed, ArkUI's `DismissReason`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DismissReason {
    /// The Back key or gesture.
    PressBack,
    /// A tap outside (on a sheet's mask; not possible on a full-screen cover).
    TouchOutside,
    /// The sheet's close button.
    CloseButton,
    /// A sheet dragged (or flung) down past its lowest height.
    SlideDown,
}

/// What `on_will_dismiss` gets, ArkUI's `DismissContentCoverAction`: why, and how to go
/// ahead.
#[derive(Clone)]
pub struct DismissContentCoverAction {
    /// Why the cover is asked to go.
    pub reason: DismissReason,
    dismiss: Rc<dyn Fn()>,
}

impl std::fmt::Debug for DismissContentCoverAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DismissContentCoverAction")
            .field("reason", &self.reason)
            .finish_non_exhaustive()
    }
}

impl DismissContentCoverAction {
    /// Close the cover (with its transition).
    pub fn dismiss(&self) {
        (self.dismiss)();
    }
}

type Hook = Option<Rc<dyn Fn()>>;

/// `bindContentCover`'s options, ArkUI's `ContentCoverOptions`.
#[derive(Clone, Default)]
pub struct ContentCoverOptions {
    /// How it comes and goes.
    pub modal_transition: ModalTransition,
    /// Its background (default: the theme's page colour, white in light mode).
    pub background_color: Option<Color>,
    /// Before it comes in.
    pub on_will_appear: Hook,
    /// Once it is in.
    pub on_appear: Hook,
    /// Before it goes out.
    pub on_will_disappear: Hook,
    /// Once it is gone.
    pub on_disappear: Hook,
    /// Asked instead of closing when Back is pressed; call the action's `dismiss` to close.
    pub on_will_dismiss: Option<Rc<dyn Fn(DismissContentCoverAction)>>,
}

impl std::fmt::Debug for ContentCoverOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ContentCoverOptions")
            .field("modal_transition", &self.modal_transition)
            .field("background_color", &self.background_color)
            .finish_non_exhaustive()
    }
}

impl ContentCoverOptions {
    /// The default options: slide up, the theme's background.
    pub fn new() -> ContentCoverOptions {
        ContentCoverOptions::default()
    }

    /// `modalTransition`.
    pub fn modal_transition(mut self, t: ModalTransition) -> Self {
        self.modal_transition = t;
        self
    }

    /// `backgroundColor`.
    pub fn background_color(mut self, c: Color) -> Self {
        self.background_color = Some(c);
        self
    }

    /// `onAppear`: it finished coming in.
    pub fn on_appear(mut self, f: impl Fn() + 'static) -> Self {
        self.on_appear = Some(Rc::new(f));
        self
    }

    /// `onDisappear`: it is gone.
    pub fn on_disappear(mut self, f: impl Fn() + 'static) -> Self {
        self.on_disappear = Some(Rc::new(f));
        self
    }

    /// `onWillAppear`: it is about to come in.
    pub fn on_will_appear(mut self, f: impl Fn() + 'static) -> Self {
        self.on_will_appear = Some(Rc::new(f));
        self
    }

    /// `onWillDisappear`: it is about to go out.
    pub fn on_will_disappear(mut self, f: impl Fn() + 'static) -> Self {
        self.on_will_disappear = Some(Rc::new(f));
        self
    }

    /// `onWillDismiss`: asked instead of closing on Back.
    pub fn on_will_dismiss(mut self, f: impl Fn(DismissContentCoverAction) + 'static) -> Self {
        self.on_will_dismiss = Some(Rc::new(f));
        self
    }
}

/// `bindContentCover` on every component.
pub trait BindContentCover: Widget {
    /// While `show` is true, cover the whole window with what `builder` makes (id
    /// `content-cover`). Back closes it (setting `show` false) unless `on_will_dismiss`
    /// intercepts.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, Key, State};
    /// use arkui_widgets::{BindContentCover, Button, Column, ContentCoverOptions, Text};
    /// let show = State::new(false);
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     Column::new().child(
    ///         Button::new("Open").on_click(move |_| show.set(true)).bind_content_cover(
    ///             show,
    ///             || Text::new("Full screen").id("cover-text"),
    ///             ContentCoverOptions::new(),
    ///         ),
    ///     )
    /// });
    /// show.set(true);
    /// app.frame();
    /// for i in 1..=30 { app.advance_time(16.0 * f64::from(i)); }
    /// app.frame();
    /// let cover = arkui_core::inspector_rect(&app.inspector_by_id("content-cover").unwrap()).unwrap();
    /// assert_eq!((cover.y, cover.width, cover.height), (0.0, 320.0, 240.0)); // the whole window
    /// app.press_key(Key::Back);
    /// for i in 31..=60 { app.advance_time(16.0 * f64::from(i)); }
    /// assert!(!show.get(), "Back closed it");
    /// ```
    fn bind_content_cover<V: View>(
        self,
        show: State<bool>,
        builder: impl Fn() -> V + 'static,
        options: ContentCoverOptions,
    ) -> Self {
        let builder: Rc<dyn Fn() -> NodeId> = Rc::new(move || builder().into_node());
        let options = Rc::new(options);
        let hooks = options.clone();
        bind_overlay(
            show,
            move |m| open_cover(m, show, builder.clone(), options.clone()),
            move |shown| {
                if !shown && let Some(f) = &hooks.on_disappear {
                    f();
                }
            },
        );
        self
    }
}

impl<W: Widget> BindContentCover for W {}

fn open_cover(
    manager: OverlayManager,
    show: State<bool>,
    builder: Rc<dyn Fn() -> NodeId>,
    options: Rc<ContentCoverOptions>,
) -> arkui_core::Overlay {
    let tween = Rc::new(Tween::default());
    let card_slot: Rc<std::cell::Cell<Option<NodeId>>> = Rc::default();
    // Going out: the transition backwards, then `show` false (which closes the overlay).
    let leave: Rc<dyn Fn()> = {
        let (tween, slot, options) = (tween.clone(), card_slot.clone(), options.clone());
        Rc::new(move || {
            if let Some(f) = &options.on_will_disappear {
                f();
            }
            let Some(card) = slot.get() else {
                show.set(false);
                return;
            };
            let transition = options.modal_transition;
            if transition == ModalTransition::None {
                show.set(false);
                return;
            }
            let height = arkui_core::px2vp(card.rect().map_or(0.0, |r| r.height));
            tween.start(
                MOVE_MS,
                move |k| place(card, transition, 1.0 - k, height),
                move || show.set(false),
            );
        })
    };
    let ask = {
        let (options, leave) = (options.clone(), leave.clone());
        move |back: bool| match &options.on_will_dismiss {
            Some(f) => f(DismissContentCoverAction {
                reason: if back {
                    DismissReason::PressBack
                } else {
                    DismissReason::TouchOutside
                },
                dismiss: leave.clone(),
            }),
            None => leave(),
        }
    };
    let o = OverlayOptions::modal()
        .mask_color(Color::TRANSPARENT)
        .auto_cancel(false)
        .alignment(arkui_core::Alignment::TopStart)
        .intercept_dismiss(ask);
    manager.open(o, move || {
        let background = ThemedColor::new(|t| t.background_primary);
        let fixed = options.background_color;
        let card = arkui_core::NodeId::create("ContentCover", arkui_core::NodeKind::Stack)
            .width(pct(100.0))
            .height(pct(100.0))
            .clip(true)
            .on_click(|_| {})
            .focusable(false)
            .id("content-cover");
        Effect::new(move || {
            let c = fixed.unwrap_or_else(|| background.get());
            untrack(|| card.set_visual(|v| v.background_color = c));
        });
        card.append(builder());
        card_slot.set(Some(card));
        if let Some(f) = &options.on_will_appear {
            f();
        }
        let transition = options.modal_transition;
        let appear = options.on_appear.clone();
        if transition == ModalTransition::None {
            if let Some(f) = appear {
                f();
            }
        } else {
            // The window's height, vp: the slide starts just below it.
            let height = arkui_core::MediaEnv::current().map_or(640.0, |m| untrack(|| m.height()));
            place(card, transition, 0.0, height);
            tween.start(
                MOVE_MS,
                move |k| place(card, transition, k, height),
                move || {
                    if let Some(f) = &appear {
                        f();
                    }
                },
            );
        }
        card
    })
}

/// Show the cover `k` of the way in (0 out, 1 in) by `transition`, `height` vp tall.
fn place(card: NodeId, transition: ModalTransition, k: f32, height: f32) {
    let k = k.clamp(0.0, 1.0);
    match transition {
        ModalTransition::Default => card.set_visual(|v| {
            v.translate = (Length::Vp(0.0), Length::Vp(height * (1.0 - k)));
        }),
        ModalTransition::Alpha => {
            card.opacity(k);
        }
        ModalTransition::None => {}
    }
}
