//! bindSheet driven as a person would: opened by the app's state, dragged between
//! detents, flung and dragged away, closed with its button and with Back; heights and
//! places asserted in pixels.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{Key, Rect, State};

/// Frames of 16 ms from `ms` until nothing moves; the time reached.
fn settle(t: &mut TestApp, mut ms: f64) -> f64 {
    for _ in 0..200 {
        ms += 16.0;
        t.app().advance_time(ms);
        t.app().frame();
        if !t.app().is_animating() {
            break;
        }
    }
    ms
}

/// The phone's window in pixels, and its density.
fn window() -> (f32, f32, f32) {
    let p = DeviceProfile::phone();
    let (w, h) = p.size_vp();
    let d = p.units().density;
    (w * d, h * d, d)
}

fn app(show: State<bool>, options: SheetOptions) -> TestApp {
    app_on(DeviceProfile::phone(), show, options)
}

fn app_on(profile: DeviceProfile, show: State<bool>, options: SheetOptions) -> TestApp {
    TestApp::with_view(profile, move || {
        Column::new()
            .child(
                Button::new("Open")
                    .id("open")
                    .on_click(move |_| show.set(true)),
            )
            .bind_sheet(
                show,
                || Text::new("Sheet body").id("sheet-body"),
                options.clone(),
            )
            .width(pct(100.0))
            .height(pct(100.0))
    })
}

/// Drag the sheet by its drag bar `dy` px over `steps` moves `ms_per` apart, then let go.
fn drag(t: &mut TestApp, mut ms: f64, dy: f32, steps: u32, ms_per: f64) -> f64 {
    let bar = t.rect("sheet-drag-bar").unwrap();
    let (x, y) = (bar.x + bar.width / 2.0, bar.y + bar.height / 2.0);
    t.app().pointer_down(x, y);
    for i in 1..=steps {
        ms += ms_per;
        t.app().advance_time(ms);
        t.app().pointer_move(x, y + dy * i as f32 / steps as f32);
        t.app().frame();
    }
    t.app().pointer_up(x, y + dy);
    t.app().frame();
    settle(t, ms)
}

fn sheet(t: &mut TestApp) -> Rect {
    t.rect("sheet").unwrap()
}

#[test]
fn a_medium_sheet_slides_up_to_sixty_percent_and_a_drag_down_dismisses_it() {
    let show = State::new(false);
    let mut t = app(show, SheetOptions::new().title("Share"));
    let (_, wh, d) = window();
    t.click("open").unwrap();
    let ms = settle(&mut t, 0.0);
    let s = sheet(&mut t);
    assert!((s.height - wh * 0.6).abs() <= 1.0, "MEDIUM: {s:?} of {wh}");
    assert!((s.y + s.height - wh).abs() <= 1.0, "at the bottom: {s:?}");
    assert_eq!(t.text("sheet-title").unwrap(), "Share");
    assert!(t.rect("sheet-body").is_some());
    // A short slow drag springs back.
    let ms = drag(&mut t, ms, 60.0 * d, 10, 60.0);
    assert!(show.get());
    assert!(
        (sheet(&mut t).y + sheet(&mut t).height - wh).abs() <= 1.0,
        "back in place"
    );
    // Past a third of its height: dismissed.
    drag(&mut t, ms, s.height * 0.5, 10, 60.0);
    assert!(!show.get(), "dismissed");
    assert!(t.rect("sheet").is_none());
}

#[test]
fn detents_snap_the_nearest_height_and_a_fling_goes_where_it_points() {
    let show = State::new(true);
    let options = SheetOptions::new().detents([SheetSize::Medium.into(), SheetSize::Large.into()]);
    let mut t = app(show, options);
    let (_, wh, d) = window();
    let ms = settle(&mut t, 0.0);
    let medium = sheet(&mut t).height;
    assert!(
        (medium - wh * 0.6).abs() <= 1.0,
        "rests at the first detent"
    );
    // Drag up most of the way to LARGE, slowly: it settles there.
    let ms = drag(&mut t, ms, -0.3 * wh, 15, 60.0);
    let large = sheet(&mut t).height;
    assert!(
        (large - (wh - 8.0 * d)).abs() <= 1.0,
        "LARGE: {large} of {wh}"
    );
    // A quick flick down: back to MEDIUM, not dismissed.
    let ms = drag(&mut t, ms, 0.1 * wh, 4, 16.0);
    assert!(show.get());
    assert!(
        (sheet(&mut t).height - medium).abs() <= 1.0,
        "the next detent down"
    );
    // Another from MEDIUM: dismissed.
    drag(&mut t, ms, 0.1 * wh, 4, 16.0);
    assert!(!show.get());
}

#[test]
fn the_close_button_and_back_dismiss_it_and_the_app_can_close_it() {
    let show = State::new(true);
    let mut t = app(show, SheetOptions::new());
    let ms = settle(&mut t, 0.0);
    t.click("sheet-close").unwrap();
    let ms = settle(&mut t, ms);
    assert!(!show.get() && t.rect("sheet").is_none());
    show.set(true);
    let ms = settle(&mut t, ms);
    assert!(t.rect("sheet").is_some());
    assert!(t.app().press_key(Key::Back));
    let ms = settle(&mut t, ms);
    assert!(!show.get() && t.rect("sheet").is_none(), "Back");
    show.set(true);
    let ms = settle(&mut t, ms);
    show.set(false);
    settle(&mut t, ms);
    assert!(t.rect("sheet").is_none(), "the app closed it");
}

#[test]
fn a_content_cover_slides_up_over_the_window_and_back_asks_before_closing() {
    use arkui::widgets::{BindContentCover, ContentCoverOptions, ModalTransition};
    use std::cell::RefCell;
    use std::rc::Rc;
    let show = State::new(false);
    let fade = State::new(false);
    let log = Rc::new(RefCell::new(Vec::<&str>::new()));
    let (l1, l2, l3) = (log.clone(), log.clone(), log.clone());
    let mut t = TestApp::with_view(DeviceProfile::phone(), move || {
        let (l1, l2, l3) = (l1.clone(), l2.clone(), l3.clone());
        Column::new()
            .child(Text::new("page").id("page"))
            .bind_content_cover(
                show,
                || Text::new("cover").id("cover-text"),
                ContentCoverOptions::new()
                    .on_appear(move || l1.borrow_mut().push("appear"))
                    .on_disappear(move || l2.borrow_mut().push("disappear"))
                    .on_will_dismiss(move |action| {
                        l3.borrow_mut().push("asked");
                        // The second Back goes ahead.
                        if l3.borrow().iter().filter(|s| **s == "asked").count() > 1 {
                            action.dismiss();
                        }
                    }),
            )
            .bind_content_cover(
                fade,
                || Text::new("faded"),
                ContentCoverOptions::new().modal_transition(ModalTransition::Alpha),
            )
    });
    let (_, h, _) = window();
    show.set(true);
    t.app().frame();
    // Half way through the slide the cover is part way down the window.
    let mut ms = 0.0;
    for _ in 0..9 {
        ms += 16.0;
        t.app().advance_time(ms);
        t.app().frame();
    }
    let y = t.rect("cover-text").unwrap().y;
    assert!(y > 0.0 && y < h, "mid-slide: {y}");
    let ms = settle(&mut t, ms);
    assert_eq!(t.rect("content-cover").unwrap().y, 0.0);
    assert_eq!(
        t.rect("content-cover").unwrap().height,
        h,
        "the whole window"
    );
    assert_eq!(*log.borrow(), ["appear"]);
    // Back asks; the first time the app says no.
    t.app().press_key(Key::Back);
    let ms = settle(&mut t, ms);
    assert!(show.get() && t.rect("content-cover").is_some());
    t.app().press_key(Key::Back);
    let ms = settle(&mut t, ms);
    assert!(!show.get());
    assert!(t.rect("content-cover").is_none());
    assert_eq!(*log.borrow(), ["appear", "asked", "asked", "disappear"]);
    // The fading one is translucent half way.
    fade.set(true);
    t.app().frame();
    t.app().advance_time(ms + 16.0);
    t.app().advance_time(ms + 160.0);
    t.app().frame();
    let opacity: f32 = t.inspect("content-cover").unwrap()["$attrs"]["opacity"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(opacity > 0.05 && opacity < 0.95, "{opacity}");
}

#[test]
fn a_panel_is_dragged_between_its_heights_and_settles_on_the_nearest() {
    use arkui::widgets::{Panel, PanelMode, PanelType};
    use std::cell::RefCell;
    use std::rc::Rc;
    let modes = Rc::new(RefCell::new(Vec::new()));
    let m = modes.clone();
    let mut t = TestApp::with_view(DeviceProfile::phone(), move || {
        let m = m.clone();
        Stack::new()
            .width(pct(100.0))
            .height(pct(100.0))
            .child(Text::new("page"))
            .child(
                Panel::new(true)
                    .panel_type(PanelType::Foldable)
                    .on_change(move |_, _, mode| m.borrow_mut().push(mode))
                    .child(Text::new("content").id("content"))
                    .id("p"),
            )
    });
    let (_, h, d) = window();
    let ms = settle(&mut t, 0.0);
    let card = t.rect("p-card").unwrap();
    assert!(
        (card.height - h / 2.0).abs() < 2.0,
        "Foldable starts at half: {card:?}"
    );
    assert_eq!(card.bottom(), h);
    // Drag the bar up 300 vp and let go slowly: the nearest height is full.
    let bar = t.rect("p-bar").unwrap();
    let (x, y) = (bar.x + bar.width / 2.0, bar.y + bar.height / 2.0);
    let mut now = ms;
    t.app().pointer_down(x, y);
    for i in 1..=30 {
        now += 50.0;
        t.app().advance_time(now);
        t.app().pointer_move(x, y - 10.0 * d * i as f32);
        t.app().frame();
    }
    now += 500.0;
    t.app().advance_time(now);
    t.app().pointer_up(x, y - 300.0 * d);
    settle(&mut t, now);
    let card = t.rect("p-card").unwrap();
    assert!((card.height - (h - 8.0 * d)).abs() < 2.0, "full: {card:?}");
    assert_eq!(t.inspect("p").unwrap()["$attrs"]["mode"], "PanelMode.Full");
    assert_eq!(modes.borrow().last(), Some(&PanelMode::Full));
}

#[test]
fn on_will_dismiss_is_asked_for_every_way_out_and_a_refused_drag_springs_back() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let show = State::new(true);
    let asked: Rc<RefCell<Vec<DismissReason>>> = Rc::default();
    let allow = Rc::new(std::cell::Cell::new(false));
    let (a, ok) = (asked.clone(), allow.clone());
    let options = SheetOptions::new().on_will_dismiss(move |action| {
        a.borrow_mut().push(action.reason);
        if ok.get() {
            action.dismiss();
        }
    });
    let mut t = app(show, options);
    let ms = settle(&mut t, 0.0);
    let rest = sheet(&mut t);
    let (_, wh, _) = window();
    // Dragged well down and let go: asked, refused, back where it rested.
    let ms = drag(&mut t, ms, 0.5 * wh, 8, 16.0);
    assert!(show.get());
    let back = sheet(&mut t);
    assert!(
        (back.y - rest.y).abs() < 1.0,
        "sprang back: {back:?} vs {rest:?}"
    );
    // Back, the mask (a tap above the sheet), the close button: each asked, each refused.
    t.app().press_key(Key::Back);
    let ms = settle(&mut t, ms);
    t.app().pointer_down(10.0, 10.0);
    t.app().pointer_up(10.0, 10.0);
    let ms = settle(&mut t, ms);
    t.click("sheet-close").unwrap();
    let ms = settle(&mut t, ms);
    assert!(show.get() && t.rect("sheet").is_some(), "still open");
    assert_eq!(
        *asked.borrow(),
        [
            DismissReason::SlideDown,
            DismissReason::PressBack,
            DismissReason::TouchOutside,
            DismissReason::CloseButton
        ]
    );
    // Allowed, it slides away.
    allow.set(true);
    t.click("sheet-close").unwrap();
    settle(&mut t, ms);
    assert!(!show.get() && t.rect("sheet").is_none());
}

#[test]
fn on_a_wide_window_a_sheet_is_a_centred_card() {
    let show = State::new(true);
    let profile = DeviceProfile::tablet();
    let (ww, wh) = profile.size_vp();
    let d = profile.units().density;
    let mut t = app_on(profile, show, SheetOptions::new().title("Centred"));
    let ms = settle(&mut t, 0.0);
    let r = sheet(&mut t);
    assert!((r.width - 480.0 * d).abs() < 1.0, "480 vp wide: {r:?}");
    let want_h = 560.0f32.min(wh * 0.9) * d;
    assert!((r.height - want_h).abs() < 1.0, "{r:?} vs {want_h}");
    let (cx, cy) = (r.x + r.width / 2.0, r.y + r.height / 2.0);
    assert!(
        (cx - ww * d / 2.0).abs() < 1.0 && (cy - wh * d / 2.0).abs() < 1.0,
        "centred: {r:?}"
    );
    // No drag bar; Back fades it out.
    assert!(t.rect("sheet-drag-bar").is_none());
    t.app().press_key(Key::Back);
    settle(&mut t, ms);
    assert!(!show.get() && t.rect("sheet").is_none());
    // A phone-width window, or preferType BOTTOM, keeps it at the bottom.
    let show = State::new(true);
    let mut t = app_on(
        DeviceProfile::tablet(),
        show,
        SheetOptions::new().prefer_type(SheetType::Bottom),
    );
    settle(&mut t, 0.0);
    let r = sheet(&mut t);
    assert!(
        (r.y + r.height - wh * d).abs() < 1.0,
        "at the bottom: {r:?}"
    );
}
