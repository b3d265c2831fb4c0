//! Button states through the headless harness: disabled blocks clicks and greys out,
//! state styles apply and undo exactly, focus styles follow real focus.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use std::cell::Cell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use common::{BRAND, assert_near, attr, near, pixel_in};

#[component]
struct Shop {
    #[state(false)]
    open: bool,
    #[state(0)]
    sold: i32,
}

impl Shop {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                Button("Buy")
                    .enabled(self.open.get())
                    .id("buy")
                    .on_click(move |_| self.sold.update(|s| *s += 1))
                Button("Open").id("open").on_click(move |_| self.open.set(true))
                Text(format!("{}", self.sold.get())).id("sold")
            }
        }
    }
}

#[test]
fn a_disabled_button_takes_no_clicks_and_is_greyed_until_enabled() {
    let mut t = TestApp::new::<Shop>(DeviceProfile::iot());
    t.click("buy").unwrap();
    assert_eq!(t.text("sold").unwrap(), "0");
    assert_eq!(attr(&mut t, "buy", "enabled"), "false");
    // 40% brand over white.
    let grey = pixel_in(&mut t, "buy", 0.1, 0.5);
    assert!(
        !near(grey, BRAND, 40) && grey[2] > 240 && grey[0] > 130,
        "{grey:?}"
    );
    t.click("open").unwrap();
    assert_eq!(attr(&mut t, "buy", "enabled"), "true");
    assert_near(
        pixel_in(&mut t, "buy", 0.1, 0.5),
        BRAND,
        "enabled: full colour",
    );
    t.click("buy").unwrap();
    assert_eq!(t.text("sold").unwrap(), "1");
}

#[test]
fn a_disabled_style_is_applied_and_undone_exactly() {
    let on = State::new(false);
    let handle = Rc::new(Cell::new(None));
    let h = handle.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let b = Button::new("x")
            .state_styles(StateStyles::new().disabled(|b: Button| {
                b.background_color(Color::GRAY).font_color(Color::BLACK);
            }))
            .id("b");
        arkui::__private::attr(
            move || on.get(),
            move |v| {
                b.enabled(v);
            },
        );
        h.set(Some(b));
        b
    });
    let button = handle.get().unwrap();
    let node = t.app().find_by_id("b").unwrap();
    assert_eq!(node.visual().unwrap().background_color, Color::GRAY);
    assert_eq!(
        node.visual().unwrap().opacity,
        1.0,
        "a style replaces the default look"
    );
    assert_eq!(button.control_state(), ControlState::Disabled);
    on.set(true);
    assert_eq!(button.control_state(), ControlState::Normal);
    assert_eq!(node.visual().unwrap().background_color, BRAND);
    let label = node.children()[0];
    assert_eq!(label.text().unwrap().font_color, Color::WHITE);
}

#[test]
fn focus_shows_the_focused_style_and_still_calls_the_apps_handlers() {
    let focused = Rc::new(Cell::new(0));
    let f = focused.clone();
    let mut t = TestApp::with_view(DeviceProfile::tv(), move || {
        Row::new()
            .child(
                Button::new("A")
                    .state_styles(StateStyles::new().focused(|b: Button| {
                        b.background_color(Color::RED);
                    }))
                    .on_focus(move || f.set(f.get() + 1))
                    .on_click(|_| {})
                    .id("a"),
            )
            .child(Button::new("B").on_click(|_| {}).id("b"))
    });
    t.app().focus_id("a").unwrap();
    let a = t.app().find_by_id("a").unwrap();
    assert_eq!(a.visual().unwrap().background_color, Color::RED);
    assert_eq!(focused.get(), 1);
    t.app().focus_id("b").unwrap();
    assert_eq!(
        a.visual().unwrap().background_color,
        BRAND,
        "blur undoes the style"
    );
}

#[test]
fn state_effect_is_reported() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Row::new()
            .child(Button::new("a").id("a"))
            .child(Button::new("b").state_effect(false).id("b"))
    });
    assert_eq!(attr(&mut t, "a", "stateEffect"), "true");
    assert_eq!(attr(&mut t, "b", "stateEffect"), "false");
}

#[test]
fn state_styles_work_on_any_component() {
    use arkui::widgets::StateStylesAttribute;
    let on = State::new(false);
    let enabled = State::new(true);
    let touched = Rc::new(Cell::new(0));
    let tc = touched.clone();
    let mut t = TestApp::with_view(DeviceProfile::tv(), move || {
        let tc = tc.clone();
        let toggle = Toggle::new(ToggleType::Switch)
            .bind_is_on(on)
            .state_styles(StateStyles::new().selected(|t: Toggle| {
                t.border(2.vp(), Color::RED, 14.vp());
            }))
            .id("toggle");
        let card = Column::new()
            .child(Text::new("card"))
            .width(120.vp())
            .height(40.vp())
            .focusable(true)
            .on_touch(move |_| tc.set(tc.get() + 1))
            .state_styles(
                StateStyles::new()
                    .pressed(|c: Column| {
                        c.background_color(Color::RED);
                    })
                    .focused(|c: Column| {
                        c.background_color(Color::BLUE);
                    })
                    .disabled(|c: Column| {
                        c.opacity(0.3);
                    }),
            )
            .id("card");
        arkui::Effect::new(move || {
            card.enabled(enabled.get());
        });
        Column::new().child(card).child(toggle)
    });
    let card = t.app().find_by_id("card").unwrap();
    let bg = |n: arkui::NodeId| n.visual().unwrap().background_color;
    assert_eq!(bg(card), Color::TRANSPARENT);
    // Pressed, through the component's observer: the app's on_touch still runs.
    let r = t.rect("card").unwrap();
    t.app().pointer_down(r.x + 5.0, r.y + 5.0);
    assert_eq!(bg(card), Color::RED);
    t.app().pointer_up(r.x + 5.0, r.y + 5.0);
    assert_eq!(touched.get(), 2, "the app's on_touch saw down and up");
    // Focused (the D-pad): blue; unfocused: as it was.
    t.app().focus_id("card").unwrap();
    assert_eq!(bg(card), Color::BLUE);
    // Disabled wins, and undoes the focus style.
    enabled.set(false);
    t.render();
    assert_eq!(card.visual().unwrap().opacity, 0.3);
    enabled.set(true);
    t.render();
    assert_eq!(card.visual().unwrap().opacity, 1.0);
    // Selected follows the toggle's value.
    let toggle = t.app().find_by_id("toggle").unwrap();
    assert_ne!(toggle.visual().unwrap().border_color, Color::RED);
    on.set(true);
    t.render();
    assert_eq!(toggle.visual().unwrap().border_color, Color::RED);
    on.set(false);
    t.render();
    assert_ne!(toggle.visual().unwrap().border_color, Color::RED);
}
