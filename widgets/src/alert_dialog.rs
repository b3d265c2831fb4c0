//! `AlertDialog`: a title, a message and up to three buttons on a modal card, ArkUI's
//! `AlertDialog.show`.

use std::rc::Rc;

use arkui_core::{
    CommonAttribute, FlexAlign, FontWeight, LengthExt, Overlay, View, Widget, pct, untrack,
};

use crate::containers::{Column, Row};
use crate::dialog::{CardSlot, DialogAlignment, dialog_card, open_card};
use crate::text::Text;
use crate::theme::theme;

/// ArkUI's limit: an alert shows at most three buttons.
pub const MAX_ALERT_BUTTONS: usize = 3;

type Action = Rc<dyn Fn()>;

/// A modal alert, ArkUI's `AlertDialog.show({ title, message, buttons })`. Buttons sit
/// side by side (one or two) or stacked (three); pressing one runs its action and closes
/// the alert. The buttons get ids `alert-button-0`, `-1`, `-2`.
///
/// ```
/// use std::cell::Cell;
/// use std::rc::Rc;
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind};
/// use arkui_widgets::AlertDialog;
/// let mut app = App::with_view(DeviceProfile::iot(), || NodeId::create("Column", NodeKind::Flex));
/// let deleted = Rc::new(Cell::new(false));
/// let d = deleted.clone();
/// AlertDialog::new("Delete photo?", "It cannot be restored.")
///     .button("Cancel", || {})
///     .button("Delete", move || d.set(true))
///     .show();
/// app.click_id("alert-button-1").unwrap();
/// assert!(deleted.get());
/// assert_eq!(app.overlays().count(), 0);
/// ```
#[derive(Clone)]
pub struct AlertDialog {
    title: String,
    message: String,
    buttons: Vec<(String, Action)>,
    auto_cancel: bool,
    alignment: DialogAlignment,
    on_cancel: Option<Action>,
}

impl std::fmt::Debug for AlertDialog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AlertDialog")
            .field("title", &self.title)
            .field("message", &self.message)
            .field("buttons", &self.buttons.len())
            .finish_non_exhaustive()
    }
}

impl AlertDialog {
    /// An alert with a title and a message (either may be empty) and no buttons yet.
    pub fn new(title: impl Into<String>, message: impl Into<String>) -> AlertDialog {
        AlertDialog {
            title: title.into(),
            message: message.into(),
            buttons: Vec::new(),
            auto_cancel: true,
            alignment: DialogAlignment::Center,
            on_cancel: None,
        }
    }

    /// Add a button (ArkUI's `primaryButton`, `secondaryButton`, `buttons`). Buttons past
    /// the third are ignored, with a warning in the log.
    pub fn button(mut self, label: impl Into<String>, action: impl Fn() + 'static) -> Self {
        if self.buttons.len() >= MAX_ALERT_BUTTONS {
            log::warn!("AlertDialog shows at most {MAX_ALERT_BUTTONS} buttons; extra ignored");
            return self;
        }
        self.buttons.push((label.into(), Rc::new(action)));
        self
    }

    /// `autoCancel`: a tap on the mask closes the alert (default true).
    pub fn auto_cancel(mut self, on: bool) -> Self {
        self.auto_cancel = on;
        self
    }

    /// `alignment` (default centre).
    pub fn alignment(mut self, a: DialogAlignment) -> Self {
        self.alignment = a;
        self
    }

    /// `cancel`: called when dismissed by a mask tap or Back.
    pub fn on_cancel(mut self, f: impl Fn() + 'static) -> Self {
        self.on_cancel = Some(Rc::new(f));
        self
    }

    /// Show it on the current app's overlay layer. `None` when no app is running.
    pub fn show(self) -> Option<Overlay> {
        let (alignment, auto_cancel, on_cancel) =
            (self.alignment, self.auto_cancel, self.on_cancel.clone());
        open_card(alignment, auto_cancel, on_cancel, move |slot| {
            self.card(slot).into_node()
        })
    }

    fn card(self, slot: CardSlot) -> Column {
        let colors = untrack(theme);
        let body = Column::new()
            .space(8.vp())
            .padding(24.vp())
            .width(pct(100.0));
        if !self.title.is_empty() {
            body.child(
                Text::new(self.title.clone())
                    .font_size(20.fp())
                    .font_weight(FontWeight::Bold)
                    .font_color(colors.font_primary)
                    .id("alert-title"),
            );
        }
        if !self.message.is_empty() {
            body.child(
                Text::new(self.message.clone())
                    .font_size(16.fp())
                    .font_color(colors.font_secondary)
                    .id("alert-message"),
            );
        }
        let stacked = self.buttons.len() > 2;
        let row = Row::new()
            .justify_content(FlexAlign::SpaceAround)
            .width(pct(100.0));
        let column = Column::new().width(pct(100.0));
        for (i, (label, action)) in self.buttons.iter().enumerate() {
            let (action, slot) = (action.clone(), slot.clone());
            let button = Column::new()
                .child(
                    Text::new(label.clone())
                        .font_size(16.fp())
                        .font_weight(FontWeight::Medium)
                        .font_color(colors.font_emphasize),
                )
                .padding(10.vp())
                .border_radius(20.vp())
                .on_click(move |_| {
                    if let Some(o) = slot.get() {
                        o.close();
                    }
                    action();
                })
                .id(format!("alert-button-{i}"));
            if stacked {
                column.child(button.width(pct(100.0)));
            } else {
                row.child(button.flex_grow(1.0));
            }
        }
        if !self.buttons.is_empty() {
            body.child(if stacked { column.node() } else { row.node() });
        }
        dialog_card(body.node())
    }
}
