//! Overlays through the headless harness: CustomDialog, AlertDialog, toast, popup and menu.
//! Clicks and keys by id, the mask's pixels over the page, where dialogs sit, the focus trap,
//! Back, the toast's lifetime on the frame clock, the popup's arrow at its button.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{Key, MASK_COLOR, now_ms};
use common::{assert_near, near};

/// White page under the default mask (black at 20%).
fn masked_white() -> Color {
    let a = f32::from(MASK_COLOR.a) / 255.0;
    let v = (255.0 * (1.0 - a)).round() as u8;
    Color::rgb(v, v, v)
}

#[component]
struct Page {
    #[state(0)]
    clicks: i32,
    #[state(0)]
    cancels: i32,
}

impl Page {
    fn build(&self) -> impl View {
        let this = *self;
        let dialog = CustomDialogController::new(move || {
            Column::new()
                .child(Text::new("Are you sure?").id("dlg-text"))
                .child(Button::new("Yes").id("dlg-yes").on_click(|_| {}))
                .child(Button::new("No").id("dlg-no").on_click(|_| {}))
                .padding(16.vp())
                .id("dlg")
        })
        .on_cancel(move || this.cancels.update(|c| *c += 1));
        ui! {
            Column(space = 8.vp()) {
                Button("Open").id("open").on_click(move |_| dialog.open())
                Button("Count").id("count").on_click(move |_| this.clicks.update(|c| *c += 1))
                Text(format!("{} {}", self.clicks.get(), self.cancels.get())).id("state")
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .align_items(HorizontalAlign::Start)
            .background_color(Color::WHITE)
        }
    }
}

#[test]
fn a_dialog_dims_the_page_sits_centred_and_blocks_input_below() {
    let mut t = TestApp::new::<Page>(DeviceProfile::iot());
    let count = t.rect("count").unwrap();
    t.click("open").unwrap();
    // The mask over the page.
    let frame = t.render();
    assert_near(frame.pixel(300, 230), masked_white(), "mask over the page");
    // The dialog in the middle of the 320x240 screen.
    let d = t.rect("dlg").unwrap();
    let (cx, cy) = (d.x + d.width / 2.0, d.y + d.height / 2.0);
    assert!(
        (cx - 160.0).abs() <= 2.0 && (cy - 120.0).abs() <= 2.0,
        "{d:?}"
    );
    // A tap on the Count button, under the mask, closes the dialog (auto_cancel) and does
    // not reach the button.
    assert!(
        count.x + 5.0 < d.x,
        "the tap below lands on the mask, not the card"
    );
    t.app()
        .click_at(count.x + 5.0, count.y + count.height / 2.0);
    assert_eq!(t.text("state").unwrap(), "0 1");
    assert!(t.inspect("dlg").is_none());
    // With the dialog gone the page is back and unmasked.
    assert_near(t.render().pixel(300, 230), Color::WHITE, "page after close");
    t.click("count").unwrap();
    assert_eq!(t.text("state").unwrap(), "1 1");
}

#[test]
fn taps_inside_the_dialog_keep_it_open_and_back_closes_it() {
    let mut t = TestApp::new::<Page>(DeviceProfile::iot());
    t.click("open").unwrap();
    t.click("dlg-text").unwrap();
    assert!(
        t.inspect("dlg").is_some(),
        "a tap on the card is not a mask tap"
    );
    assert!(t.app().press_key(Key::Back));
    assert!(t.inspect("dlg").is_none());
    assert_eq!(t.text("state").unwrap(), "0 1", "Back is a cancel");
}

#[test]
fn a_modal_dialog_traps_focus() {
    let mut t = TestApp::new::<Page>(DeviceProfile::iot());
    t.app().focus_id("open").unwrap();
    t.app().press_key(Key::Enter);
    assert!(t.inspect("dlg").is_some());
    let mut seen = Vec::new();
    for _ in 0..6 {
        t.app().press_key(Key::Tab);
        seen.push(t.app().focused_id().unwrap_or_default());
    }
    assert!(
        seen.iter().all(|id| id == "dlg-yes" || id == "dlg-no"),
        "focus left the dialog: {seen:?}"
    );
    assert!(seen.contains(&"dlg-yes".to_string()) && seen.contains(&"dlg-no".to_string()));
    // Enter on the page's button is impossible while the dialog is up.
    assert_eq!(t.text("state").unwrap(), "0 0");
}

#[test]
fn alignment_bottom_and_auto_cancel_off() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let dialog = CustomDialogController::new(|| Text::new("Sheet").id("sheet"))
            .alignment(DialogAlignment::Bottom)
            .auto_cancel(false);
        Column::new().child(
            Button::new("Open")
                .id("open")
                .on_click(move |_| dialog.open()),
        )
    });
    t.click("open").unwrap();
    let sheet = t.rect("sheet").unwrap();
    assert!(sheet.y > 180.0, "at the bottom: {sheet:?}");
    t.app().click_at(5.0, 5.0);
    assert!(
        t.inspect("sheet").is_some(),
        "auto_cancel(false): the mask does not close"
    );
    assert_eq!(t.app().overlays().count(), 1);
}

#[test]
fn alert_dialog_buttons_run_their_action_and_close() {
    let picked = Rc::new(Cell::new(None));
    let mut t = TestApp::with_view(DeviceProfile::iot(), || Column::new().width(pct(100.0)));
    let (a, b) = (picked.clone(), picked.clone());
    AlertDialog::new("Delete photo?", "It cannot be restored.")
        .button("Cancel", move || a.set(Some("cancel")))
        .button("Delete", move || b.set(Some("delete")))
        .show()
        .unwrap();
    assert_eq!(t.text("alert-title").unwrap(), "Delete photo?");
    assert_eq!(t.text("alert-message").unwrap(), "It cannot be restored.");
    // Two buttons share a row.
    let (b0, b1) = (
        t.rect("alert-button-0").unwrap(),
        t.rect("alert-button-1").unwrap(),
    );
    assert_eq!(b0.y, b1.y);
    assert!(b1.x > b0.x);
    t.click("alert-button-1").unwrap();
    assert_eq!(picked.get(), Some("delete"));
    assert_eq!(t.app().overlays().count(), 0);
}

#[test]
fn three_alert_buttons_stack_and_a_fourth_is_ignored() {
    let mut t = TestApp::with_view(DeviceProfile::phone(), || Column::new().width(pct(100.0)));
    AlertDialog::new("Save changes?", "")
        .button("Save", || {})
        .button("Discard", || {})
        .button("Cancel", || {})
        .button("Extra", || {})
        .show()
        .unwrap();
    let (b0, b2) = (
        t.rect("alert-button-0").unwrap(),
        t.rect("alert-button-2").unwrap(),
    );
    assert!(b2.y > b0.y, "stacked");
    assert!(t.inspect("alert-button-3").is_none());
    assert!(
        t.inspect("alert-message").is_none(),
        "an empty message is not shown"
    );
}

#[test]
fn a_toast_lets_the_page_work_and_goes_after_its_duration() {
    let mut t = TestApp::new::<Page>(DeviceProfile::iot());
    t.render();
    let start = now_ms();
    let toast = show_toast("Saved", 2000).unwrap();
    let r = t.rect("toast").unwrap();
    let (x, y) = ((r.x + 4.0) as u32, (r.y + r.height / 2.0) as u32);
    let px = t.render().pixel(x, y);
    assert!(
        near(px, Color::rgb(0x3A, 0x3A, 0x3A), 20),
        "toast fill: {px:?}"
    );
    // The page still takes taps while the toast shows.
    t.click("count").unwrap();
    assert_eq!(t.text("state").unwrap(), "1 0");
    t.app().advance_time(start + 1999.0);
    assert!(toast.is_open());
    t.app().advance_time(start + 2000.0);
    assert!(!toast.is_open());
    assert!(t.inspect("toast").is_none());
    assert_near(t.render().pixel(x, y), Color::WHITE, "toast gone");
}

#[test]
fn toast_durations_are_clamped_like_arkui() {
    let _t = TestApp::with_view(DeviceProfile::iot(), Column::new);
    let start = now_ms();
    let short = show_toast("a", 10).unwrap();
    let mut t = TestApp::with_view(DeviceProfile::iot(), Column::new);
    let long = show_toast("b", 60_000).unwrap();
    t.app().advance_time(start + f64::from(TOAST_MIN_MS) - 1.0);
    assert!(long.is_open());
    t.app().advance_time(start + f64::from(TOAST_MAX_MS));
    assert!(!long.is_open());
    assert!(
        short.is_open(),
        "another app's toast is ticked by its own app"
    );
}

#[component]
struct Tip {
    #[state(false)]
    show: bool,
    #[state(0)]
    changes: i32,
}

impl Tip {
    fn build(&self) -> impl View {
        let this = *self;
        ui! {
            Column {
                Button("?")
                    .id("help")
                    .width(60.vp())
                    .on_click(move |_| this.show.set(true))
                    .bind_popup(
                        this.show,
                        PopupOptions::message("Hello")
                            .popup_color(Color::from_rgb(0x2020C0))
                            .on_state_change(move |_| this.changes.update(|c| *c += 1)),
                    )
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(Color::WHITE)
            .padding(40.vp())
        }
    }
}

#[test]
fn a_popup_points_at_its_button_and_an_outside_tap_dismisses() {
    let mut t = TestApp::new::<Tip>(DeviceProfile::iot());
    let b = t.rect("help").unwrap();
    t.click("help").unwrap();
    // Placed, after layout, before the frame is painted.
    t.render();
    let bubble = t.rect("popup").unwrap();
    assert!(
        bubble.y >= b.y + b.height,
        "below the button: {bubble:?} {b:?}"
    );
    let centre = bubble.x + bubble.width / 2.0;
    assert!(
        (centre - (b.x + b.width / 2.0)).abs() < 2.0,
        "centred on it"
    );
    // The arrow: the bubble's colour just under the button's centre, page colour beside it.
    let (cx, ay) = ((b.x + b.width / 2.0) as u32, (b.y + b.height + 4.0) as u32);
    let frame = t.render();
    assert_near(
        frame.pixel(cx, ay),
        Color::from_rgb(0x2020C0),
        "arrow tip under the button",
    );
    assert_near(frame.pixel(cx + 14, ay), Color::WHITE, "beside the arrow");
    // A tap outside closes it and resets the binding.
    t.app().click_at(300.0, 230.0);
    assert!(t.inspect("popup").is_none());
    assert!(!t.app().overlays().top().is_some_and(|o| o.is_open()));
}

#[test]
fn menus_open_on_click_and_long_press_and_work_with_keys() {
    let picked = Rc::new(Cell::new(""));
    let (a, b, c) = (picked.clone(), picked.clone(), picked.clone());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(Button::new("More").id("more").bind_menu(vec![
                MenuElement::new("Copy", move || a.set("copy")),
                MenuElement::new("Paste", move || b.set("paste")),
            ]))
            .child(Text::new("Hold me").id("hold").bind_context_menu(
                vec![MenuElement::new("Share", move || c.set("share"))],
                ResponseType::LongPress,
            ))
            .width(pct(100.0))
    });
    let more = t.rect("more").unwrap();
    t.click("more").unwrap();
    let item = t.rect("menu-item-0").unwrap();
    assert!(item.y >= more.y + more.height, "below its button");
    t.click("menu-item-1").unwrap();
    assert_eq!(picked.get(), "paste");
    assert!(t.inspect("menu").is_none());
    // Keys: Down focuses the first item, Down again the second; Enter picks.
    t.click("more").unwrap();
    t.app().press_key(Key::Down);
    assert_eq!(t.app().focused_id().as_deref(), Some("menu-item-0"));
    t.app().press_key(Key::Down);
    assert_eq!(t.app().focused_id().as_deref(), Some("menu-item-1"));
    t.app().press_key(Key::Back);
    assert!(t.inspect("menu").is_none(), "Back closes the menu");
    // Long press opens the context menu.
    let h = t.rect("hold").unwrap();
    let (x, y) = (h.x + h.width / 2.0, h.y + h.height / 2.0);
    let start = now_ms();
    t.app().pointer_down(x, y);
    t.app().advance_time(start + 600.0);
    t.app().pointer_up(x, y);
    t.click("menu-item-0").unwrap();
    assert_eq!(picked.get(), "share");
}

#[test]
fn a_top_popup_sits_above_its_button_with_the_arrow_between() {
    let show = State::new(true);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(
                Button::new("?").id("help").bind_popup(
                    show,
                    PopupOptions::message("Above")
                        .placement(Placement::Top)
                        .popup_color(Color::from_rgb(0xC02020)),
                ),
            )
            .padding(arkui::Edges {
                top: 150.vp(),
                ..arkui::Edges::ZERO
            })
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(Color::WHITE)
    });
    t.render();
    let (b, bubble) = (t.rect("help").unwrap(), t.rect("popup").unwrap());
    assert!(bubble.y + bubble.height <= b.y, "above: {bubble:?} {b:?}");
    let (cx, ay) = ((b.x + b.width / 2.0) as u32, (b.y - 4.0) as u32);
    assert_near(
        t.render().pixel(cx, ay),
        Color::from_rgb(0xC02020),
        "arrow above the button",
    );
    show.set(false);
    assert!(t.inspect("popup").is_none(), "the binding closes it");
}

#[test]
fn an_action_sheet_sits_at_the_bottom_and_a_choice_runs_and_closes_it() {
    let mut t = TestApp::with_view(DeviceProfile::phone(), || Column::new().id("page"));
    let picked = Rc::new(RefCell::new(Vec::new()));
    let cancelled = Rc::new(RefCell::new(0));
    let (a, b, c) = (picked.clone(), picked.clone(), cancelled.clone());
    ActionSheet::new("Share to", "Pick one")
        .sheet("Mail", move || a.borrow_mut().push("Mail"))
        .sheet("Messages", move || b.borrow_mut().push("Messages"))
        .confirm("Cancel", || {})
        .on_cancel(move || *c.borrow_mut() += 1)
        .show();
    t.render();
    let card_bottom = t.rect("action-sheet-confirm").unwrap();
    let page = t.rect("page").unwrap();
    let (_, h) = DeviceProfile::phone().size_vp();
    let h = h * DeviceProfile::phone().units().density;
    assert!(
        card_bottom.y > h / 2.0,
        "in the lower half: {card_bottom:?} {page:?}"
    );
    let (mail, messages) = (
        t.rect("action-sheet-item-0").unwrap(),
        t.rect("action-sheet-item-1").unwrap(),
    );
    assert!(
        mail.y < messages.y && messages.y < card_bottom.y,
        "in order"
    );
    t.click("action-sheet-item-1").unwrap();
    assert_eq!(*picked.borrow(), ["Messages"]);
    assert_eq!(t.app().overlays().count(), 0);
    // Back cancels.
    let c = cancelled.clone();
    ActionSheet::new("Again", "")
        .sheet("Mail", || {})
        .on_cancel(move || *c.borrow_mut() += 1)
        .show();
    t.render();
    assert!(t.app().press_key(Key::Back));
    assert_eq!(*cancelled.borrow(), 1);
    assert_eq!(t.app().overlays().count(), 0);
}

#[test]
fn a_built_menu_opens_its_submenu_beside_it_and_a_pick_closes_both() {
    use arkui::widgets::{Menu, MenuContent, MenuItem, MenuItemGroup, MenuItemOptions};
    let picked = Rc::new(Cell::new(""));
    let p = picked.clone();
    let mut t = TestApp::with_view(DeviceProfile::desktop(800, 600), move || {
        let p = p.clone();
        Column::new()
            .align_items(HorizontalAlign::Start)
            .child(
                Button::new("Edit")
                    .id("edit")
                    .bind_menu(MenuContent::builder(move || {
                        let p = p.clone();
                        Menu::new()
                            .child(
                                MenuItemGroup::new(Some("Clipboard"), None)
                                    .child(
                                        MenuItem::with_options(
                                            MenuItemOptions::new("Copy").label_info("Ctrl+C"),
                                        )
                                        .id("copy"),
                                    )
                                    .child(
                                        MenuItem::new("Wrap")
                                            .select_icon(true)
                                            .selected(true)
                                            .id("wrap"),
                                    ),
                            )
                            .child(
                                MenuItem::with_options(MenuItemOptions::new("Share").submenu(
                                    move || {
                                        let p = p.clone();
                                        Menu::new()
                                            .child(
                                                MenuItem::new("Mail")
                                                    .on_click(move |_| p.set("mail"))
                                                    .id("mail"),
                                            )
                                            .id("share-menu")
                                    },
                                ))
                                .id("share"),
                            )
                            .id("edit-menu")
                    })),
            )
            .width(pct(100.0))
    });
    t.click("edit").unwrap();
    t.render();
    let menu = t.rect("edit-menu").unwrap();
    let edit = t.rect("edit").unwrap();
    assert!(menu.y >= edit.bottom(), "below its button");
    // The selected item shows its check mark; the label sits at the item's end.
    assert_eq!(t.inspect("wrap").unwrap()["$attrs"]["selected"], "true");
    t.click("share").unwrap();
    t.render();
    let sub = t.rect("share-menu").expect("the submenu opened");
    let share = t.rect("share").unwrap();
    assert!(
        sub.x >= menu.right() - 1.0,
        "to the right of the menu: {sub:?} vs {menu:?}"
    );
    assert!((sub.y - share.y).abs() < 2.0, "level with its item");
    assert!(t.rect("edit-menu").is_some(), "the first menu stays open");
    t.click("mail").unwrap();
    t.render();
    assert_eq!(picked.get(), "mail");
    assert!(
        t.rect("share-menu").is_none() && t.rect("edit-menu").is_none(),
        "both closed"
    );
}
