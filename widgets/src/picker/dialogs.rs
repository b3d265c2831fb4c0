//! The picker dialogs: a picker on a modal card with Cancel and OK, ArkUI's
//! `DatePickerDialog.show`, `TimePickerDialog.show` and `TextPickerDialog.show`. OK reports
//! what the picker shows (`onAccept`); Cancel, a tap on the mask and Back report nothing but
//! `onCancel`. The picker's own changes are reported as they happen (`onChange`).
//!
//! The buttons have ids `picker-dialog-cancel` and `picker-dialog-accept`; the picker,
//! `picker-dialog-picker`.

use std::rc::Rc;

use arkui_core::{
    CommonAttribute, FlexAlign, FontWeight, LengthExt, NodeId, Overlay, View, Widget, pct, untrack,
};

use super::date_picker::{DatePicker, PickerDate};
use super::text_picker::{TextPicker, TextPickerRange};
use super::time_picker::{PickerTime, TimePicker};
use crate::containers::{Column, Row};
use crate::dialog::{CardSlot, DialogAlignment, dialog_card, open_card};
use crate::text::Text;
use crate::theme::theme;

/// The card: `picker` over a row of Cancel and OK. `accept` runs on OK; both close.
fn card(
    picker: NodeId,
    slot: CardSlot,
    accept: Rc<dyn Fn()>,
    cancel: Option<Rc<dyn Fn()>>,
) -> NodeId {
    let colors = untrack(theme);
    let button = |label: &str, id: &str, action: Rc<dyn Fn()>, slot: CardSlot| {
        Column::new()
            .child(
                Text::new(label)
                    .font_size(16.fp())
                    .font_weight(FontWeight::Medium)
                    .font_color(colors.font_emphasize),
            )
            .align_items(arkui_core::HorizontalAlign::Center)
            .padding(10.vp())
            .flex_grow(1.0)
            .on_click(move |_| {
                // Read the picker before the card (and the picker with it) goes.
                action();
                if let Some(o) = slot.get() {
                    o.close();
                }
            })
            .id(id)
    };
    let cancel_action: Rc<dyn Fn()> = match cancel {
        Some(f) => f,
        None => Rc::new(|| {}),
    };
    let buttons = Row::new()
        .justify_content(FlexAlign::SpaceAround)
        .width(pct(100.0))
        .child(button(
            "Cancel",
            "picker-dialog-cancel",
            cancel_action,
            slot.clone(),
        ))
        .child(button("OK", "picker-dialog-accept", accept, slot));
    picker.set_key("picker-dialog-picker");
    let body = Column::new()
        .child(picker)
        .child(buttons)
        .space(8.vp())
        .padding(16.vp())
        .width(pct(100.0));
    dialog_card(body.node()).into_node()
}

/// ArkUI's `DatePickerDialog.show`: a [`DatePicker`] with Cancel and OK.
///
/// ```
/// use std::{cell::Cell, rc::Rc};
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind};
/// use arkui_widgets::{DatePickerDialog, PickerDate};
/// let mut app = App::with_view(DeviceProfile::phone(), || NodeId::create("Column", NodeKind::Flex));
/// let accepted = Rc::new(Cell::new(None));
/// let a = accepted.clone();
/// DatePickerDialog::new(PickerDate::new(2024, 5, 1))
///     .on_date_accept(move |d| a.set(Some(d)))
///     .show();
/// app.click_id("picker-dialog-accept").unwrap();
/// assert_eq!(accepted.get(), Some(PickerDate::new(2024, 5, 1)));
/// assert_eq!(app.overlays().count(), 0);
/// ```
#[derive(Clone)]
pub struct DatePickerDialog {
    selected: PickerDate,
    range: Option<(PickerDate, PickerDate)>,
    on_accept: Option<Rc<dyn Fn(PickerDate)>>,
    on_change: Option<Rc<dyn Fn(PickerDate)>>,
    on_cancel: Option<Rc<dyn Fn()>>,
}

impl DatePickerDialog {
    /// A dialog showing `selected`.
    pub fn new(selected: PickerDate) -> Self {
        DatePickerDialog {
            selected,
            range: None,
            on_accept: None,
            on_change: None,
            on_cancel: None,
        }
    }

    /// `start` and `end`.
    pub fn range(mut self, start: PickerDate, end: PickerDate) -> Self {
        self.range = Some((start, end));
        self
    }

    /// `onDateAccept`: OK was pressed; the date shown.
    pub fn on_date_accept(mut self, f: impl Fn(PickerDate) + 'static) -> Self {
        self.on_accept = Some(Rc::new(f));
        self
    }

    /// `onDateChange`: a wheel settled on a new date.
    pub fn on_date_change(mut self, f: impl Fn(PickerDate) + 'static) -> Self {
        self.on_change = Some(Rc::new(f));
        self
    }

    /// `onCancel`: Cancel, a mask tap or Back closed it.
    pub fn on_cancel(mut self, f: impl Fn() + 'static) -> Self {
        self.on_cancel = Some(Rc::new(f));
        self
    }

    /// Show it on the current app's overlay layer. `None` when no app is running.
    pub fn show(self) -> Option<Overlay> {
        let cancel = self.on_cancel.clone();
        open_card(DialogAlignment::Center, true, cancel, move |slot| {
            let mut picker = DatePicker::new(self.selected);
            if let Some((start, end)) = self.range {
                picker = picker.range(start, end);
            }
            if let Some(f) = self.on_change.clone() {
                picker = picker.on_date_change(move |d| f(d));
            }
            let accept = self.on_accept.clone();
            let ok: Rc<dyn Fn()> = Rc::new(move || {
                if let Some(f) = &accept {
                    f(picker.date());
                }
            });
            card(
                picker.width(pct(100.0)).node(),
                slot,
                ok,
                self.on_cancel.clone(),
            )
        })
    }
}

/// ArkUI's `TimePickerDialog.show`: a [`TimePicker`] with Cancel and OK.
///
/// ```
/// use std::{cell::Cell, rc::Rc};
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind};
/// use arkui_widgets::{PickerTime, TimePickerDialog};
/// let mut app = App::with_view(DeviceProfile::phone(), || NodeId::create("Column", NodeKind::Flex));
/// let cancelled = Rc::new(Cell::new(false));
/// let c = cancelled.clone();
/// TimePickerDialog::new(PickerTime::new(7, 0, 0)).on_cancel(move || c.set(true)).show();
/// app.click_id("picker-dialog-cancel").unwrap();
/// assert!(cancelled.get());
/// ```
#[derive(Clone)]
pub struct TimePickerDialog {
    selected: PickerTime,
    military: bool,
    on_accept: Option<Rc<dyn Fn(PickerTime)>>,
    on_change: Option<Rc<dyn Fn(PickerTime)>>,
    on_cancel: Option<Rc<dyn Fn()>>,
}

impl TimePickerDialog {
    /// A dialog showing `selected`.
    pub fn new(selected: PickerTime) -> Self {
        TimePickerDialog {
            selected,
            military: false,
            on_accept: None,
            on_change: None,
            on_cancel: None,
        }
    }

    /// `useMilitaryTime`.
    pub fn use_military_time(mut self, on: bool) -> Self {
        self.military = on;
        self
    }

    /// `onAccept`: OK was pressed; the time shown.
    pub fn on_accept(mut self, f: impl Fn(PickerTime) + 'static) -> Self {
        self.on_accept = Some(Rc::new(f));
        self
    }

    /// `onChange`: a wheel settled on a new time.
    pub fn on_change(mut self, f: impl Fn(PickerTime) + 'static) -> Self {
        self.on_change = Some(Rc::new(f));
        self
    }

    /// `onCancel`: Cancel, a mask tap or Back closed it.
    pub fn on_cancel(mut self, f: impl Fn() + 'static) -> Self {
        self.on_cancel = Some(Rc::new(f));
        self
    }

    /// Show it on the current app's overlay layer. `None` when no app is running.
    pub fn show(self) -> Option<Overlay> {
        let cancel = self.on_cancel.clone();
        open_card(DialogAlignment::Center, true, cancel, move |slot| {
            let mut picker = TimePicker::new(self.selected).use_military_time(self.military);
            if let Some(f) = self.on_change.clone() {
                picker = picker.on_change(move |t| f(t));
            }
            let accept = self.on_accept.clone();
            let ok: Rc<dyn Fn()> = Rc::new(move || {
                if let Some(f) = &accept {
                    f(picker.time());
                }
            });
            card(
                picker.width(pct(100.0)).node(),
                slot,
                ok,
                self.on_cancel.clone(),
            )
        })
    }
}

type ValuesHandler = Rc<dyn Fn(&[String], &[usize])>;

/// ArkUI's `TextPickerDialog.show`: a [`TextPicker`] with Cancel and OK.
///
/// ```
/// use std::{cell::RefCell, rc::Rc};
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind};
/// use arkui_widgets::TextPickerDialog;
/// let mut app = App::with_view(DeviceProfile::phone(), || NodeId::create("Column", NodeKind::Flex));
/// let got = Rc::new(RefCell::new(Vec::new()));
/// let g = got.clone();
/// TextPickerDialog::new(["S", "M", "L"])
///     .selected(2)
///     .on_accept(move |values, _| *g.borrow_mut() = values.to_vec())
///     .show();
/// app.click_id("picker-dialog-accept").unwrap();
/// assert_eq!(*got.borrow(), ["L"]);
/// ```
#[derive(Clone)]
pub struct TextPickerDialog {
    range: TextPickerRange,
    selected: Vec<usize>,
    on_accept: Option<ValuesHandler>,
    on_change: Option<ValuesHandler>,
    on_cancel: Option<Rc<dyn Fn()>>,
}

impl TextPickerDialog {
    /// A dialog over `range`.
    pub fn new(range: impl Into<TextPickerRange>) -> Self {
        TextPickerDialog {
            range: range.into(),
            selected: Vec::new(),
            on_accept: None,
            on_change: None,
            on_cancel: None,
        }
    }

    /// `selected`: the first column's index.
    pub fn selected(mut self, index: usize) -> Self {
        self.selected = vec![index];
        self
    }

    /// `selected` as an array: each column's index.
    pub fn selected_indices(mut self, indices: impl IntoIterator<Item = usize>) -> Self {
        self.selected = indices.into_iter().collect();
        self
    }

    /// `onAccept`: OK was pressed; each column's string and index.
    pub fn on_accept(mut self, f: impl Fn(&[String], &[usize]) + 'static) -> Self {
        self.on_accept = Some(Rc::new(f));
        self
    }

    /// `onChange`: a wheel settled on a new row.
    pub fn on_change(mut self, f: impl Fn(&[String], &[usize]) + 'static) -> Self {
        self.on_change = Some(Rc::new(f));
        self
    }

    /// `onCancel`: Cancel, a mask tap or Back closed it.
    pub fn on_cancel(mut self, f: impl Fn() + 'static) -> Self {
        self.on_cancel = Some(Rc::new(f));
        self
    }

    /// Show it on the current app's overlay layer. `None` when no app is running.
    pub fn show(self) -> Option<Overlay> {
        let cancel = self.on_cancel.clone();
        open_card(DialogAlignment::Center, true, cancel, move |slot| {
            let mut picker =
                TextPicker::new(self.range.clone()).selected_indices(self.selected.clone());
            if let Some(f) = self.on_change.clone() {
                picker = picker.on_change(move |v, i| f(v, i));
            }
            let accept = self.on_accept.clone();
            let ok: Rc<dyn Fn()> = Rc::new(move || {
                if let Some(f) = &accept {
                    f(&picker.values(), &picker.indices());
                }
            });
            card(
                picker.width(pct(100.0)).node(),
                slot,
                ok,
                self.on_cancel.clone(),
            )
        })
    }
}
