//! `CustomDialogController`: a dialog whose content the app builds, opened on the app's
//! overlay layer above a dimming mask, ArkUI's `CustomDialog`.

use std::rc::Rc;

use arkui_core::{
    Alignment, Color, CommonAttribute, Length, LengthExt, NodeId, Overlay, OverlayManager,
    OverlayOptions, State, View, pct, untrack,
};

use crate::containers::Column;
use crate::theme::theme;

/// Where a dialog sits on the screen, ArkUI's `DialogAlignment`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DialogAlignment {
    /// Top centre.
    Top,
    /// Centred (the default).
    #[default]
    Center,
    /// Bottom centre.
    Bottom,
    /// Top left.
    TopStart,
    /// Top right.
    TopEnd,
    /// Middle left.
    CenterStart,
    /// Middle right.
    CenterEnd,
    /// Bottom left.
    BottomStart,
    /// Bottom right.
    BottomEnd,
}

impl DialogAlignment {
    pub(crate) fn to_alignment(self) -> Alignment {
        match self {
            DialogAlignment::Top => Alignment::Top,
            DialogAlignment::Center => Alignment::Center,
            DialogAlignment::Bottom => Alignment::Bottom,
            DialogAlignment::TopStart => Alignment::TopStart,
            DialogAlignment::TopEnd => Alignment::TopEnd,
            DialogAlignment::CenterStart => Alignment::Start,
            DialogAlignment::CenterEnd => Alignment::End,
            DialogAlignment::BottomStart => Alignment::BottomStart,
            DialogAlignment::BottomEnd => Alignment::BottomEnd,
        }
    }
}

/// ArkUI's dialog corner radius.
const DIALOG_RADIUS: f32 = 24.0;
/// Dialogs never grow wider than this on large screens.
const DIALOG_MAX_WIDTH: f32 = 400.0;

/// Where a card's buttons find the overlay they close (it exists once it is open).
pub(crate) type CardSlot = Rc<std::cell::Cell<Option<arkui_core::Overlay>>>;

/// Open a modal card built by `build` on the current app's overlay layer, as ArkUI's
/// dialogs open: at `alignment`, closed by a mask tap when `auto_cancel`, `on_cancel` run
/// for a mask tap or Back. `build` gets the slot its buttons close the card through.
/// `None` when no app is running.
pub(crate) fn open_card(
    alignment: DialogAlignment,
    auto_cancel: bool,
    on_cancel: Option<Rc<dyn Fn()>>,
    build: impl FnOnce(CardSlot) -> NodeId + 'static,
) -> Option<arkui_core::Overlay> {
    let manager = arkui_core::OverlayManager::current()?;
    let mut options = arkui_core::OverlayOptions::modal()
        .alignment(alignment.to_alignment())
        .auto_cancel(auto_cancel);
    if let Some(f) = on_cancel {
        options = options.on_dismiss(move || f());
    }
    let slot: CardSlot = Rc::default();
    let s = slot.clone();
    let overlay = manager.open(options, move || build(s));
    slot.set(Some(overlay));
    Some(overlay)
}

/// The dialog card: the theme's page background, rounded, 90% of the screen up to 400 vp.
/// Taps on it stay on it (they must not reach the mask, which would dismiss).
pub(crate) fn dialog_card(content: NodeId) -> Column {
    let bg = untrack(|| theme().background_primary);
    Column::new()
        .child(content)
        .width(pct(90.0))
        .constraint_size(
            Length::Auto,
            DIALOG_MAX_WIDTH.vp(),
            Length::Auto,
            Length::Auto,
        )
        .background_color(bg)
        .border_radius(DIALOG_RADIUS.vp())
        .clip(true)
        .on_click(|_| {})
        .focusable(false)
}

type Builder = Rc<dyn Fn() -> NodeId>;

/// Opens and closes one custom dialog, ArkUI's `CustomDialogController`. `Copy`; made
/// while a component builds, it opens on that component's app.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Button, Column, CustomDialogController, Text};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     let dialog = CustomDialogController::new(|| Text::new("Saved").id("msg"));
///     Column::new().child(Button::new("Save").id("save").on_click(move |_| dialog.open()))
/// });
/// app.click_id("save").unwrap();
/// assert!(app.find_by_id("msg").is_some());
/// app.click_at(2.0, 2.0); // the mask, outside the dialog: auto_cancel closes it
/// assert!(app.find_by_id("msg").is_none());
/// ```
#[derive(Clone, Copy)]
pub struct CustomDialogController {
    builder: State<Builder>,
    open: State<Option<Overlay>>,
    manager: Option<OverlayManager>,
    auto_cancel: State<bool>,
    alignment: State<DialogAlignment>,
    mask_color: State<Color>,
    custom_style: State<bool>,
    on_cancel: State<Option<Rc<dyn Fn()>>>,
}

impl std::fmt::Debug for CustomDialogController {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CustomDialogController")
            .field("open", &self.is_open())
            .finish_non_exhaustive()
    }
}

impl CustomDialogController {
    /// A controller for the dialog `builder` builds (each time it opens).
    pub fn new<V: View>(builder: impl Fn() -> V + 'static) -> CustomDialogController {
        CustomDialogController {
            builder: State::new(Rc::new(move || builder().into_node())),
            open: State::new(None),
            manager: OverlayManager::current(),
            auto_cancel: State::new(true),
            alignment: State::new(DialogAlignment::Center),
            mask_color: State::new(arkui_core::MASK_COLOR),
            custom_style: State::new(false),
            on_cancel: State::new(None),
        }
    }

    /// `autoCancel`: a tap on the mask closes the dialog (default true).
    pub fn auto_cancel(self, on: bool) -> Self {
        self.auto_cancel.set(on);
        self
    }

    /// `alignment`: where the dialog sits (default centre).
    pub fn alignment(self, a: DialogAlignment) -> Self {
        self.alignment.set(a);
        self
    }

    /// `maskColor`: the fill over the page (default black at 20%).
    pub fn mask_color(self, c: Color) -> Self {
        self.mask_color.set(c);
        self
    }

    /// `customStyle`: show the builder's view as is, without the dialog card.
    pub fn custom_style(self, on: bool) -> Self {
        self.custom_style.set(on);
        self
    }

    /// `cancel`: called when the user dismisses the dialog (mask tap, Back).
    pub fn on_cancel(self, f: impl Fn() + 'static) -> Self {
        self.on_cancel.set(Some(Rc::new(f)));
        self
    }

    /// Open the dialog (a no-op when it is open, or when no app is running).
    pub fn open(self) {
        if self.is_open() {
            return;
        }
        let Some(manager) = self.manager.or_else(OverlayManager::current) else {
            log::warn!("CustomDialogController::open: no app to open the dialog in");
            return;
        };
        let c = self;
        let mut options = OverlayOptions::modal()
            .alignment(untrack(|| c.alignment.get()).to_alignment())
            .mask_color(untrack(|| c.mask_color.get()))
            .auto_cancel(untrack(|| c.auto_cancel.get()));
        options = options.on_dismiss(move || {
            c.open.set(None);
            if let Some(f) = untrack(|| c.on_cancel.get()) {
                f();
            }
        });
        let builder = untrack(|| c.builder.get());
        let custom = untrack(|| c.custom_style.get());
        let overlay = manager.open(options, move || {
            let content = builder();
            if custom {
                // Even a bare view must keep taps from reaching the mask.
                Column::new()
                    .child(content)
                    .on_click(|_| {})
                    .focusable(false)
                    .into_node()
            } else {
                dialog_card(content).into_node()
            }
        });
        self.open.set(Some(overlay));
    }

    /// Close the dialog (no `cancel` callback).
    pub fn close(self) {
        if let Some(o) = untrack(|| self.open.get()) {
            o.close();
        }
        self.open.set(None);
    }

    /// Whether the dialog is showing now.
    pub fn is_open(self) -> bool {
        untrack(|| self.open.get()).is_some_and(Overlay::is_open)
    }
}
