//! Dialogs & popups: a custom dialog, an alert, a toast, a popup, a menu and a sheet, each
//! opened by a button. Mounted alone (headless pictures) the page opens its dialog at once, so the
//! picture shows one.

use arkui::prelude::*;

/// The page.
#[component]
pub struct DialogsPage {
    #[state(false)]
    tip: bool,
    #[state(false)]
    sheet: bool,
    #[state(false)]
    cover: bool,
    #[state(String::from("Pick a demo"))]
    status: String,
}

impl DialogsPage {
    fn build(&self) -> impl View {
        let this = *self;
        let dialog = CustomDialogController::new(move || {
            ui! {
                Column(space = 12.vp()) {
                    Text("Turn on Wi-Fi?").font_size(18.fp()).font_weight(FontWeight::Bold)
                    Text("Nearby networks will be shown.").font_size(14.fp())
                        .font_color(theme().font_secondary)
                    Row(space = 12.vp()) {
                        Button("Later").id("dialog-later")
                            .on_click(move |_| this.status.set("Later".into()))
                        Button("Turn on").id("dialog-on")
                            .on_click(move |_| this.status.set("Wi-Fi on".into()))
                    }
                }
                .padding(20.vp())
                .align_items(HorizontalAlign::Start)
            }
        })
        .on_cancel(move || this.status.set("Dialog cancelled".into()));
        let dialog_ui = dialog;
        let page = ui! {
            Column(space = 8.vp()) {
                Button("Custom dialog").id("open-dialog").on_click(move |_| dialog_ui.open())
                Button("Alert").id("open-alert").on_click(move |_| {
                    AlertDialog::new("Delete photo?", "It cannot be restored.")
                        .button("Cancel", || {})
                        .button("Delete", move || this.status.set("Deleted".into()))
                        .show();
                })
                Button("Action sheet").id("open-action-sheet").on_click(move |_| {
                    ActionSheet::new("Share to", "Pick where to send the photo.")
                        .sheet("Mail", move || this.status.set("Mail".into()))
                        .sheet("Messages", move || this.status.set("Messages".into()))
                        .confirm("Cancel", || {})
                        .show();
                })
                Button("Toast").id("open-toast").on_click(|_| {
                    show_toast("Saved to gallery", 2000);
                })
                Button("Popup").id("open-popup")
                    .on_click(move |_| this.tip.set(true))
                    .bind_popup(this.tip, PopupOptions::message("A popup points at its button"))
                Button("Menu").id("open-menu").bind_menu(vec![
                    MenuElement::new("Copy", move || this.status.set("Copy".into())),
                    MenuElement::new("Share", move || this.status.set("Share".into())),
                    MenuElement::new("Delete", move || this.status.set("Delete".into())),
                ])
                Button("Content cover").id("open-cover")
                    .on_click(move |_| this.cover.set(true))
                    .bind_content_cover(
                        this.cover,
                        move || ui! {
                            Column(space = 16.vp()) {
                                Text("A full-screen cover").font_size(24.fp()).font_weight(FontWeight::Bold)
                                Text("It slid up over the page; Back or Close takes it down.")
                                    .font_color(theme().font_secondary)
                                Button("Close").id("cover-close").on_click(move |_| this.cover.set(false))
                            }
                            .padding(24.vp())
                            .width(pct(100.0))
                            .height(pct(100.0))
                            .justify_content(FlexAlign::Center)
                        },
                        ContentCoverOptions::new()
                            .on_disappear(move || this.status.set("Cover closed".into())),
                    )
                Button("Built menu").id("open-built-menu").bind_menu(MenuContent::builder(move || {
                    Menu::new()
                        .child(
                            MenuItemGroup::new(Some("Edit"), None)
                                .child(MenuItem::with_options(
                                    MenuItemOptions::new("Copy").label_info("Ctrl+C"),
                                ).on_click(move |_| this.status.set("Copy".into())))
                                .child(MenuItem::with_options(
                                    MenuItemOptions::new("Paste").label_info("Ctrl+V"),
                                ).on_click(move |_| this.status.set("Paste".into()))),
                        )
                        .child(MenuItem::new("Word wrap").select_icon(true))
                        .child(MenuItem::with_options(MenuItemOptions::new("Share").submenu(move || {
                            Menu::new()
                                .child(MenuItem::new("Mail").on_click(move |_| this.status.set("Mail".into())).id("built-menu-mail"))
                                .child(MenuItem::new("Messages").on_click(move |_| this.status.set("Messages".into())))
                        })).id("built-menu-share"))
                        .id("built-menu")
                }))
                Button("Sheet").id("open-sheet")
                    .on_click(move |_| this.sheet.set(true))
                    .bind_sheet(
                        this.sheet,
                        move || ui! {
                            Column(space = 8.vp()) {
                                Text("Drag the bar up for more, down to close.")
                                    .font_color(theme().font_secondary)
                                Button("Done").id("sheet-done")
                                    .on_click(move |_| this.sheet.set(false))
                            }
                            .padding(16.vp())
                            .align_items(HorizontalAlign::Start)
                        },
                        SheetOptions::new()
                            .title("A sheet")
                            .detents([SheetSize::Medium.into(), SheetSize::Large.into()])
                            .on_disappear(move || this.status.set("Sheet closed".into())),
                    )
                Text(self.status.get()).font_size(14.fp()).id("dialogs-status")
            }
            .width(pct(100.0))
            .padding(12.vp())
        };
        if super::mounted_alone() {
            dialog.open();
        }
        page
    }
}
