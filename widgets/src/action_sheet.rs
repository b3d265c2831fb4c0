//! `ActionSheet`: a title, a message and a list of choices on a modal card at the bottom,
//! with an optional confirm button, ArkUI's `ActionSheet.show`.

use std::rc::Rc;

use arkui_core::{
    CommonAttribute, FontWeight, HorizontalAlign, LengthExt, Overlay, View, Widget, pct, untrack,
};

use crate::containers::Column;
use crate::dialog::{CardSlot, DialogAlignment, dialog_card, open_card};
use crate::divider::Divider;
use crate::text::Text;
use crate::theme::theme;

type Action = Rc<dyn Fn()>;

/// A modal list of choices, ArkUI's `ActionSheet.show({ title, message, sheets, confirm })`.
/// A choice runs its action and closes the sheet; so does the confirm button. A tap on the
/// mask or Back closes it and runs `on_cancel`. Choices get ids `action-sheet-item-0`, `-1`
/// ...; the confirm button `action-sheet-confirm`.
///
/// ```
/// use std::cell::Cell;
/// use std::rc::Rc;
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind};
/// use arkui_widgets::ActionSheet;
/// let mut app = App::with_view(DeviceProfile::phone(), || NodeId::create("Column", NodeKind::Flex));
/// let picked = Rc::new(Cell::new(0));
/// let (a, b) = (picked.clone(), picked.clone());
/// ActionSheet::new("Share to", "")
///     .sheet("Mail", move || a.set(1))
///     .sheet("Messages", move || b.set(2))
///     .show();
/// app.click_id("action-sheet-item-1").unwrap();
/// assert_eq!(picked.get(), 2);
/// assert_eq!(app.overlays().count(), 0);
/// ```
#[derive(Clone)]
pub struct ActionSheet {
    title: String,
    message: String,
    sheets: Vec<(String, Action)>,
    confirm: Option<(String, Action)>,
    alignment: DialogAlignment,
    auto_cancel: bool,
    on_cancel: Option<Action>,
}

impl std::fmt::Debug for ActionSheet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ActionSheet")
            .field("title", &self.title)
            .field("sheets", &self.sheets.len())
            .finish_non_exhaustive()
    }
}

impl ActionSheet {
    /// A sheet with a title and a message (either may be empty) and no choices yet.
    pub fn new(title: impl Into<String>, message: impl Into<String>) -> ActionSheet {
        ActionSheet {
            title: title.into(),
            message: message.into(),
            sheets: Vec::new(),
            confirm: None,
            alignment: DialogAlignment::Bottom,
            auto_cancel: true,
            on_cancel: None,
        }
    }

    /// Add a choice (ArkUI's `sheets` entry: `title` and `action`).
    pub fn sheet(mut self, title: impl Into<String>, action: impl Fn() + 'static) -> Self {
        self.sheets.push((title.into(), Rc::new(action)));
        self
    }

    /// `confirm`: a button under the choices.
    pub fn confirm(mut self, value: impl Into<String>, action: impl Fn() + 'static) -> Self {
        self.confirm = Some((value.into(), Rc::new(action)));
        self
    }

    /// `alignment` (default bottom, as in ArkUI).
    pub fn alignment(mut self, a: DialogAlignment) -> Self {
        self.alignment = a;
        self
    }

    /// `autoCancel`: a tap on the mask closes it (default true).
    pub fn auto_cancel(mut self, on: bool) -> Self {
        self.auto_cancel = on;
        self
    }

    /// `cancel`: called when closed by a mask tap or Back.
    pub fn on_cancel(mut self, f: impl Fn() + 'static) -> Self {
        self.on_cancel = Some(Rc::new(f));
        self
    }

    /// Show it on the current app's overlay layer. `None` when no app is running.
    pub fn show(self) -> Option<Overlay> {
        if self.sheets.is_empty() && self.confirm.is_none() {
            log::warn!("ActionSheet: no `sheets` and no `confirm`; it can only be cancelled");
        }
        let (alignment, auto_cancel, on_cancel) =
            (self.alignment, self.auto_cancel, self.on_cancel.clone());
        open_card(alignment, auto_cancel, on_cancel, move |slot| {
            self.card(slot).into_node()
        })
    }

    fn card(self, slot: CardSlot) -> Column {
        let colors = untrack(theme);
        let body = Column::new()
            .space(4.vp())
            .padding(16.vp())
            .align_items(HorizontalAlign::Start)
            .width(pct(100.0));
        if !self.title.is_empty() {
            body.child(
                Text::new(self.title.clone())
                    .font_size(20.fp())
                    .font_weight(FontWeight::Bold)
                    .font_color(colors.font_primary)
                    .id("action-sheet-title"),
            );
        }
        if !self.message.is_empty() {
            body.child(
                Text::new(self.message.clone())
                    .font_size(14.fp())
                    .font_color(colors.font_secondary)
                    .id("action-sheet-message"),
            );
        }
        let run = move |action: Action, slot: CardSlot| {
            move |_: &arkui_core::ClickEvent| {
                if let Some(o) = slot.get() {
                    o.close();
                }
                action();
            }
        };
        for (i, (label, action)) in self.sheets.iter().enumerate() {
            if i > 0 {
                body.child(Divider::new());
            }
            body.child(
                Text::new(label.clone())
                    .font_size(16.fp())
                    .font_color(colors.font_primary)
                    .padding(arkui_core::Edges::symmetric(0.vp(), 12.vp()))
                    .width(pct(100.0))
                    .on_click(run(action.clone(), slot.clone()))
                    .id(format!("action-sheet-item-{i}")),
            );
        }
        if let Some((label, action)) = &self.confirm {
            body.child(
                Column::new()
                    .child(
                        Text::new(label.clone())
                            .font_size(16.fp())
                            .font_weight(FontWeight::Medium)
                            .font_color(colors.font_emphasize),
                    )
                    .align_items(HorizontalAlign::Center)
                    .padding(10.vp())
                    .width(pct(100.0))
                    .on_click(run(action.clone(), slot.clone()))
                    .id("action-sheet-confirm"),
            );
        }
        dialog_card(body.node())
    }
}
